### Vietnamese translation of lead-and-phthalates. Draft translation by the Primer team;
### not yet reviewed by a qualified translator.

# Lead and phthalates (title)
title-8513ec6135 = Chì và phthalate

# Lead and phthalates (summary)
summary-8555a4ca7a = Sản phẩm dành cho trẻ em phải đáp ứng các giới hạn của Hoa Kỳ về chì, và đồ chơi trẻ em cũng như vật dụng chăm sóc trẻ em phải đáp ứng các giới hạn đối với 8 loại phthalate.

# Lead and phthalates (learning objective)
objective-bba68d140e = Nêu các giới hạn chì đối với sản phẩm dành cho trẻ em và đối với sơn.

# Lead and phthalates (learning objective)
objective-2e03da8c7e = Kể tên 8 loại phthalate bị giới hạn trong đồ chơi và vật dụng chăm sóc trẻ em.

# Lead and phthalates (learning objective)
objective-81b0faf50a = Giải thích những vật liệu nào không cần thử nghiệm chì bởi bên thứ ba.

# Lead and phthalates (learning objective)
objective-6e9dbac989 = Lập kế hoạch kiểm tra chì và phthalate cho từng vật liệu và bộ phận cấu thành.

# Lead and phthalates (paragraph)
p-1bff7b3fd4 = Luật Hoa Kỳ giới hạn hàm lượng chì trong sản phẩm dành cho trẻ em. Luật cũng giới hạn 8 loại phthalate trong đồ chơi trẻ em và vật dụng chăm sóc trẻ em. Sản phẩm dành cho trẻ em là sản phẩm tiêu dùng được thiết kế hoặc dự định chủ yếu dành cho trẻ em từ 12 tuổi trở xuống. Đồ chơi cũng phải đáp ứng các quy định khác, ví dụ các quy định về [bộ phận nhỏ](toys-small-parts.md#warnings).

# Lead and phthalates › The limits (heading)
h-86151be5f8 = Các giới hạn

# Lead and phthalates › The limits (table cell)
td-e7e5a5723c = Chất

# Lead and phthalates › The limits (table cell)
td-674b0ed54b = Giới hạn

# Lead and phthalates › The limits (table cell)
td-62845f31a2 = Quy định

# Lead and phthalates › The limits (table cell)
td-a89b3b29a2 = Chì trong bộ phận tiếp cận được

# Lead and phthalates › The limits (table cell)
td-e5ba3f8eb8 = 100 ppm

# Lead and phthalates › The limits (table cell)
td-12745b62bd = CPSIA mục 101

# Lead and phthalates › The limits (table cell)
td-cd34006c74 = Chì trong sơn và lớp phủ bề mặt

# Lead and phthalates › The limits (table cell)
td-a9547a5a14 = 90 ppm

# Lead and phthalates › The limits (table cell)
td-7f7654ff4c = 16 CFR part 1303

# Lead and phthalates › The limits (table cell)
td-70b2b880da = Mỗi loại trong 8 loại phthalate

# Lead and phthalates › The limits (table cell)
td-c8b27c2ee2 = 0.1%

# Lead and phthalates › The limits (table cell)
td-ed3c41feb3 = 16 CFR part 1307

# Lead and phthalates › Total lead content (heading)
h-92e3c9e692 = Tổng hàm lượng chì

# Lead and phthalates › Total lead content (paragraph)
p-0cf2cca865 = Sản phẩm dành cho trẻ em là chất nguy hại bị cấm nếu một bộ phận tiếp cận được có hàm lượng chì trên 100 ppm. Hướng dẫn của CPSC về việc bộ phận nào được coi là tiếp cận được nằm trong 16 CFR 1500.87.

# Lead and phthalates › Total lead content (paragraph)
p-9db316cacd = Giới hạn này được áp dụng theo từng bước:

# Lead and phthalates › Total lead content (list item)
li-f2e918242b = 600 ppm từ ngày 10 tháng 2 năm 2009;

# Lead and phthalates › Total lead content (list item)
li-a05a36b145 = 300 ppm từ ngày 14 tháng 8 năm 2009;

# Lead and phthalates › Total lead content (list item)
li-52d6be82e1 = 100 ppm từ ngày 14 tháng 8 năm 2011.

# Lead and phthalates › Total lead content (paragraph)
p-024451003a = Có một vài ngoại lệ. Có ngoại lệ cho một số linh kiện điện tử nhất định (16 CFR 1500.88). Các bộ phận kim loại của xe đạp, xe đẩy chạy bộ và rơ-moóc xe đạp có giới hạn 300 ppm.

# Lead and phthalates › Lead in paint and surface coatings (heading)
h-cd34006c74 = Chì trong sơn và lớp phủ bề mặt

# Lead and phthalates › Lead in paint and surface coatings (paragraph)
p-8c251a2c3b = Giới hạn đối với sơn và các lớp phủ bề mặt tương tự là 0.009 phần trăm, tức 90 ppm[^1]. Giới hạn này áp dụng cho sản phẩm dành cho trẻ em, một số đồ nội thất nhất định và sơn gia dụng. Giới hạn này đã thay thế giới hạn cũ 0.06 phần trăm vào ngày 14 tháng 8 năm 2009.

# Lead and phthalates › Lead in paint and surface coatings (paragraph)
p-8b26ac915a = Tỷ lệ phần trăm được tính theo khối lượng của tổng hàm lượng chất không bay hơi hoặc của màng sơn đã khô (16 CFR 1303.1(a)).

# Lead and phthalates › Lead in paint and surface coatings (paragraph)
p-25b3f40b41 = Một số thứ không phải là "sơn" theo 16 CFR 1303.2(b)(1). Đó là mực in trở thành một phần của vật liệu nền, lớp mạ điện và men gốm.

# Lead and phthalates › Materials that need no lead testing (heading)
h-ef73cd106e = Vật liệu không cần thử nghiệm chì

# Lead and phthalates › Materials that need no lead testing (paragraph)
p-d7a3a52aad = Một số vật liệu đã được xác định là không vượt quá giới hạn chì. Chúng được liệt kê trong 16 CFR 1500.91. Các vật liệu này phải chưa qua xử lý và không bị pha tạp, ví dụ không thêm bột màu, thuốc nhuộm, lớp phủ hoặc lớp hoàn thiện. Ví dụ:

# Lead and phthalates › Materials that need no lead testing (list item)
li-a749ba0b9f = đá quý: kim cương, hồng ngọc, lam ngọc và ngọc lục bảo;

# Lead and phthalates › Materials that need no lead testing (list item)
li-824cf88741 = một số loại đá bán quý nhất định;

# Lead and phthalates › Materials that need no lead testing (list item)
li-2c23fd3c9b = ngọc trai tự nhiên hoặc nuôi cấy;

# Lead and phthalates › Materials that need no lead testing (list item)
li-1cde420be6 = gỗ;

# Lead and phthalates › Materials that need no lead testing (list item)
li-8a37d42d91 = vật liệu tự nhiên như san hô, hổ phách, lông vũ, lông thú và da thuộc chưa qua xử lý;

# Lead and phthalates › Materials that need no lead testing (list item)
li-c9545e0dc5 = thép phẫu thuật;

# Lead and phthalates › Materials that need no lead testing (list item)
li-3ed2dadeec = vàng từ 10 karat trở lên, bạc sterling có độ tinh khiết từ 925/1000 trở lên, và các kim loại nhóm bạch kim.

# Lead and phthalates › Materials that need no lead testing (paragraph)
p-b0e7fa99aa = Một số sản phẩm gỗ kỹ thuật chưa qua xử lý, chưa hoàn thiện nhất định được liệt kê trong 16 CFR 1252.3(a).

# Lead and phthalates › Materials that need no lead testing (paragraph)
p-f706e581da = Hàng dệt làm từ sợi tự nhiên hoặc sợi nhân tạo, dù đã nhuộm hay chưa nhuộm, cũng thuộc phạm vi 16 CFR 1500.91. Các ứng dụng xử lý sau, như in lụa và in chuyển nhiệt, không thuộc phạm vi này. Các phụ kiện không phải hàng dệt, như nút bấm kim loại và khóa kéo, không thuộc phạm vi này. Những thứ này phải được thử nghiệm.

# Lead and phthalates › Materials that need no lead testing (paragraph)
p-5f8590b456 = Được miễn thử nghiệm không có nghĩa là được miễn giới hạn. Doanh nghiệp vẫn phải chứng nhận sự tuân thủ về chì trên Giấy chứng nhận sản phẩm dành cho trẻ em (CPC). Nếu thành phẩm có hàm lượng chì trên 100 ppm, doanh nghiệp vẫn phải chịu trách nhiệm pháp lý.

# Lead and phthalates › Materials that need no lead testing (paragraph)
p-3e28bebe70 = Trên giấy chứng nhận, doanh nghiệp ghi rõ trường hợp miễn trừ mà mình áp dụng thay cho tên phòng thử nghiệm.

# Lead and phthalates › Phthalates (heading)
h-4f2d1ee02d = Phthalate

# Lead and phthalates › Phthalates (paragraph)
p-7f4f2b5eb5 = Đồ chơi trẻ em hoặc vật dụng chăm sóc trẻ em không được chứa quá 0.1 phần trăm của bất kỳ loại nào trong 8 loại phthalate này. Mỗi loại phthalate được tính riêng (16 CFR 1307.3).

# Lead and phthalates › Phthalates (list item)
li-a9adae4eaf = DEHP, DBP và BBP bị cấm trực tiếp theo luật, CPSIA mục 108(a).

# Lead and phthalates › Phthalates (list item)
li-37424460c4 = DINP, DIBP, DPENP, DHEXP và DCHP được bổ sung bởi 16 CFR part 1307.

# Lead and phthalates › Phthalates (paragraph)
p-16e21c9313 = DIDP và DnOP nằm trong lệnh cấm tạm thời trước đây. Chúng không có trong danh sách của part 1307.

# Lead and phthalates › Phthalates (paragraph)
p-507fea6fec = Lệnh cấm áp dụng cho mọi bộ phận cấu thành có chứa chất hóa dẻo. Lệnh cấm cũng áp dụng cho mọi bộ phận khác có thể chứa phthalate.

# Lead and phthalates › Phthalates (paragraph)
p-f1020de07c = Đồ chơi trẻ em là sản phẩm tiêu dùng được nhà sản xuất thiết kế hoặc dự định cho trẻ em từ 12 tuổi trở xuống sử dụng khi chơi. Vật dụng chăm sóc trẻ em là sản phẩm được thiết kế hoặc dự định để giúp trẻ em từ 3 tuổi trở xuống ngủ hoặc ăn, hoặc giúp trẻ mút hoặc mọc răng (16 CFR 1199.1).

# Lead and phthalates › Phthalates (paragraph)
p-7572cbb6ef = Các bộ phận cấu thành không tiếp cận được không cần thử nghiệm phthalate (16 CFR part 1199). Một số loại nhựa nhất định đã được xác định là không chứa các phthalate này. Chúng không cần thử nghiệm bên thứ ba (16 CFR 1308.2).

# Lead and phthalates › What to do in the factory (heading)
h-2a572bd7e4 = Những việc cần làm tại nhà máy

# Lead and phthalates › What to do in the factory (list item)
li-bdba9dd0b2 = Lập danh sách mọi vật liệu và bộ phận cấu thành của từng sản phẩm dành cho trẻ em.

# Lead and phthalates › What to do in the factory (list item)
li-16da9f5367 = Thử nghiệm sơn và lớp phủ bề mặt theo giới hạn 90 ppm.

# Lead and phthalates › What to do in the factory (list item)
li-eb0270385b = Thử nghiệm tổng hàm lượng chì đối với các bộ phận kim loại, hình in, hình in chuyển nhiệt và các phụ kiện không phải hàng dệt khác.

# Lead and phthalates › What to do in the factory (list item)
li-c9825ac94c = Thử nghiệm 8 loại phthalate đối với các bộ phận có chứa chất hóa dẻo của đồ chơi và vật dụng chăm sóc trẻ em.

# Lead and phthalates › What to do in the factory (list item)
li-53c2ab8138 = Trước khi bỏ qua thử nghiệm chì, hãy kiểm tra xem vật liệu có trong 16 CFR 1500.91 hay không. Kiểm tra xem vật liệu có được thêm lớp phủ hoặc lớp hoàn thiện nào không.

# Lead and phthalates › What to do in the factory (list item)
li-2947048305 = Thông báo cho nhà nhập khẩu trước khi bạn thay đổi thiết kế, quy trình hoặc nhà cung cấp. Một thay đổi trọng yếu có thể ảnh hưởng đến sự tuân thủ cần được thử nghiệm bên thứ ba mới và cấp giấy chứng nhận mới.

# Lead and phthalates › Check your knowledge (heading)
h-27544b5c12 = Kiểm tra kiến thức

# Lead and phthalates › Check your knowledge (list item)
li-3cd09c86f1 = Giới hạn tổng hàm lượng chì đối với một bộ phận tiếp cận được của sản phẩm dành cho trẻ em là bao nhiêu?

# Lead and phthalates › Check your knowledge (list item)
li-57a9eff7e7 = 600 ppm

# Lead and phthalates › Check your knowledge (list item)
li-68c5ab14e9 = 300 ppm

# Lead and phthalates › Check your knowledge (list item)
li-e5ba3f8eb8 = 100 ppm

# Lead and phthalates › Check your knowledge (list item)
li-a0dc5c4992 = Giới hạn là 100 ppm kể từ ngày 14 tháng 8 năm 2011.

# Lead and phthalates › Check your knowledge (list item)
li-72c1285d0b = Một chiếc áo phông trẻ em làm bằng vải cotton đã nhuộm và có hình in lụa. Phần nào cần thử nghiệm chì?

# Lead and phthalates › Check your knowledge (list item)
li-c599aed120 = Vải cotton đã nhuộm

# Lead and phthalates › Check your knowledge (list item)
li-6db8a756a2 = Hình in lụa

# Lead and phthalates › Check your knowledge (list item)
li-efc22e7bac = Không phần nào

# Lead and phthalates › Check your knowledge (list item)
li-4b3a291d12 = Hàng dệt đã nhuộm và chưa nhuộm thuộc phạm vi 16 CFR 1500.91. Các ứng dụng xử lý sau, như in lụa, không thuộc phạm vi này.

# Lead and phthalates › Check your knowledge (list item)
li-621f80a316 = Đồ chơi trẻ em được phép chứa bao nhiêu đối với mỗi loại trong 8 loại phthalate?

# Lead and phthalates › Check your knowledge (list item)
li-8f4cc16232 = Bao nhiêu cũng được, nếu đồ chơi dành cho trẻ trên 3 tuổi

# Lead and phthalates › Check your knowledge (list item)
li-e89115c094 = Không quá 0.1 phần trăm

# Lead and phthalates › Check your knowledge (list item)
li-3d5ab598d2 = Không quá 1 phần trăm

# Lead and phthalates › Check your knowledge (list item)
li-18b5075bf3 = Giới hạn là 0.1 phần trăm đối với mỗi loại phthalate. Giới hạn này áp dụng cho đồ chơi dành cho trẻ em từ 12 tuổi trở xuống.

# Lead and phthalates › Sources (heading)
h-caf85b0888 = Nguồn tham khảo

# Lead and phthalates › Sources (list item)
li-f0a46f18ba = { "[" }eCFR: Part 1303, chì trong sơn](https://www.ecfr.gov/current/title-16/part-1303)

# Lead and phthalates › Sources (list item)
li-51c386563e = { "[" }eCFR: Part 1307, phthalate](https://www.ecfr.gov/current/title-16/part-1307)

# Lead and phthalates › Sources (list item)
li-9d43f7bba1 = { "[" }eCFR: Part 1308, các xác định đối với một số loại nhựa](https://www.ecfr.gov/current/title-16/part-1308)

# Lead and phthalates › Sources (list item)
li-272df4c080 = { "[" }eCFR: Section 1500.91, các vật liệu không vượt quá giới hạn chì](https://www.ecfr.gov/current/title-16/section-1500.91)

# Lead and phthalates › Sources (list item)
li-59a400fb00 = { "[" }CPSC: Hướng dẫn doanh nghiệp về tổng hàm lượng chì](https://cpsc.gov/Business--Manufacturing/Business-Education/Lead/Total-Lead-Content-Business-Guidance-and-Small-Entity-Compliance-Guide)

# Lead and phthalates › Sources (list item)
li-b38d63eac7 = { "[" }CPSC: Câu hỏi thường gặp về chì trong sơn](https://cpsc.gov/FAQ/Lead-in-Paint)

# Lead and phthalates › Sources (list item)
li-353bb2c28c = { "[" }CPSC: Giấy chứng nhận sản phẩm dành cho trẻ em](http://www.cpsc.gov/cpc)
