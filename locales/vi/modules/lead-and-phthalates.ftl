### Vietnamese translation of lead-and-phthalates. Draft translation by the Primer team;
### not yet reviewed by a qualified translator.

# Lead and phthalates (title)
title-8513ec6135 = Chì và { -phthalates }

# Lead and phthalates (summary)
summary-8555a4ca7a = Các { -childrens-product } phải đáp ứng các giới hạn của Hoa Kỳ về { -lead }, và đồ chơi trẻ em cũng như { -child-care-article } phải đáp ứng các giới hạn đối với 8 loại { -phthalates }.

# Lead and phthalates (learning objective)
objective-bba68d140e = Nêu các giới hạn { -lead } đối với { -childrens-product } và đối với sơn.

# Lead and phthalates (learning objective)
objective-2e03da8c7e = Kể tên 8 loại { -phthalates } bị giới hạn trong đồ chơi và { -child-care-article }.

# Lead and phthalates (learning objective)
objective-81b0faf50a = Giải thích những vật liệu nào không cần thử nghiệm { -lead } bởi bên thứ ba.

# Lead and phthalates (learning objective)
objective-6e9dbac989 = Lập kế hoạch kiểm tra { -lead } và { -phthalates } cho từng vật liệu và bộ phận cấu thành.

# Lead and phthalates (paragraph)
p-1bff7b3fd4 = Luật Hoa Kỳ giới hạn hàm lượng { -lead } trong { -childrens-product }. Luật cũng giới hạn 8 loại { -phthalates } trong đồ chơi trẻ em và { -child-care-article }. Một { -childrens-product } là sản phẩm tiêu dùng được thiết kế hoặc dự định chủ yếu dành cho trẻ em từ 12 tuổi trở xuống. Đồ chơi cũng phải đáp ứng các quy định khác, ví dụ các quy định về [{ -small-parts }](toys-small-parts.md#warnings).

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
td-cd34006c74 = Chì trong { -surface-coating }

# Lead and phthalates › The limits (table cell)
td-a9547a5a14 = 90 ppm

# Lead and phthalates › The limits (table cell)
td-7f7654ff4c = 16 CFR 1303

# Lead and phthalates › The limits (table cell)
td-70b2b880da = Mỗi loại trong 8 loại { -phthalates }

# Lead and phthalates › The limits (table cell)
td-c8b27c2ee2 = 0,1%

# Lead and phthalates › The limits (table cell)
td-ed3c41feb3 = 16 CFR 1307

# Lead and phthalates › Total lead content (heading)
h-92e3c9e692 = Tổng hàm lượng chì

# Lead and phthalates › Total lead content (paragraph)
p-0cf2cca865 = Một { -childrens-product } là chất nguy hại bị cấm nếu một bộ phận tiếp cận được có hàm lượng { -lead } trên 100 ppm. Hướng dẫn của CPSC về việc bộ phận nào được coi là tiếp cận được nằm trong 16 CFR 1500.87.

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
h-cd34006c74 = Chì trong { -surface-coating }

# Lead and phthalates › Lead in paint and surface coatings (paragraph)
p-8c251a2c3b = Giới hạn đối với sơn và các lớp phủ bề mặt tương tự là 0,009% (tức 90 ppm)[^1]. Giới hạn này áp dụng cho { -childrens-product }, một số đồ nội thất nhất định và sơn gia dụng. Giới hạn này đã thay thế giới hạn cũ 0,06% vào ngày 14 tháng 8 năm 2009.

# Lead and phthalates › Lead in paint and surface coatings (paragraph)
p-8b26ac915a = Tỷ lệ phần trăm được tính theo khối lượng của tổng hàm lượng chất không bay hơi hoặc của màng sơn đã khô (16 CFR 1303.1(a)).

# Lead and phthalates › Lead in paint and surface coatings (paragraph)
p-25b3f40b41 = Theo 16 CFR 1303.2(b)(1), các loại sau không được coi là "sơn": mực in trở thành một phần của vật liệu nền, lớp mạ điện và men gốm.

# Lead and phthalates › Materials that need no lead testing (heading)
h-ef73cd106e = Vật liệu không cần thử nghiệm { -lead }

# Lead and phthalates › Materials that need no lead testing (paragraph)
p-d7a3a52aad = Một số vật liệu đã được xác định là không vượt quá giới hạn { -lead }. Các vật liệu này được liệt kê trong 16 CFR 1500.91. Các vật liệu này phải chưa qua xử lý và không bị pha tạp, ví dụ không thêm bột màu, thuốc nhuộm, lớp phủ hoặc lớp hoàn thiện. Ví dụ:

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
p-f706e581da = Hàng dệt làm từ sợi tự nhiên hoặc sợi nhân tạo, dù đã nhuộm hay chưa nhuộm, cũng thuộc phạm vi 16 CFR 1500.91. Các lớp trang trí được áp lên sau khi xử lý, như in lụa và in chuyển nhiệt, không thuộc phạm vi này. Các phụ kiện không phải hàng dệt, như nút bấm kim loại và khóa kéo, không thuộc phạm vi này. Các lớp trang trí và phụ kiện này phải được thử nghiệm.

# Lead and phthalates › Materials that need no lead testing (paragraph)
p-5f8590b456 = Được miễn thử nghiệm không có nghĩa là được miễn giới hạn. Doanh nghiệp vẫn phải chứng nhận sự tuân thủ về { -lead } trên { -cpc }. Nếu thành phẩm có hàm lượng { -lead } trên 100 ppm, doanh nghiệp vẫn phải chịu trách nhiệm pháp lý.

# Lead and phthalates › Materials that need no lead testing (paragraph)
p-3e28bebe70 = Trên giấy chứng nhận, doanh nghiệp ghi rõ trường hợp miễn trừ mà mình áp dụng thay cho tên phòng thử nghiệm.

# Lead and phthalates › Phthalates (heading)
h-4f2d1ee02d = Phthalate

# Lead and phthalates › Phthalates (paragraph)
p-7f4f2b5eb5 = Đồ chơi trẻ em hoặc { -child-care-article } không được chứa quá 0,1% của bất kỳ loại nào trong 8 loại { -phthalates } này. Mỗi loại { -phthalates } được tính riêng (16 CFR 1307.3).

# Lead and phthalates › Phthalates (list item)
li-a9adae4eaf = DEHP, DBP và BBP bị cấm trực tiếp theo luật, CPSIA mục 108(a).

# Lead and phthalates › Phthalates (list item)
li-37424460c4 = DINP, DIBP, DPENP, DHEXP và DCHP được bổ sung bởi 16 CFR 1307.

# Lead and phthalates › Phthalates (paragraph)
p-16e21c9313 = DIDP và DnOP nằm trong lệnh cấm tạm thời trước đây. Hai chất này không có trong danh sách của Phần 1307.

# Lead and phthalates › Phthalates (paragraph)
p-507fea6fec = Lệnh cấm áp dụng cho mọi bộ phận cấu thành có chứa chất hóa dẻo. Lệnh cấm cũng áp dụng cho mọi bộ phận khác có thể chứa { -phthalates }.

# Lead and phthalates › Phthalates (paragraph)
p-3e377ca1ef = Đồ chơi trẻ em là sản phẩm tiêu dùng được nhà sản xuất thiết kế hoặc dự định cho trẻ em từ 12 tuổi trở xuống sử dụng khi chơi. Một { -child-care-article } là sản phẩm được thiết kế hoặc dự định để giúp trẻ em từ 3 tuổi trở xuống ngủ hoặc ăn, hoặc giúp trẻ mút hoặc mọc răng (16 CFR 1307.2).

# Lead and phthalates › Phthalates (paragraph)
p-7572cbb6ef = Các bộ phận cấu thành không tiếp cận được không cần thử nghiệm { -phthalates } (16 CFR 1199). Một số loại nhựa nhất định đã được xác định là không chứa các { -phthalates } này. Các loại nhựa này không cần { -third-party-testing } (16 CFR 1308.2).

# Lead and phthalates › What to do in the factory (heading)
h-2a572bd7e4 = Việc cần làm tại nhà máy

# Lead and phthalates › What to do in the factory (list item)
li-bdba9dd0b2 = Lập danh sách mọi vật liệu và bộ phận cấu thành của từng { -childrens-product }.

# Lead and phthalates › What to do in the factory (list item)
li-16da9f5367 = Thử nghiệm { -surface-coating } theo giới hạn 90 ppm.

# Lead and phthalates › What to do in the factory (list item)
li-eb0270385b = Thử nghiệm { -total-lead-content } đối với các bộ phận kim loại, hình in, hình in chuyển nhiệt và các phụ kiện không phải hàng dệt khác.

# Lead and phthalates › What to do in the factory (list item)
li-c9825ac94c = Thử nghiệm 8 loại { -phthalates } đối với các bộ phận có chứa chất hóa dẻo của đồ chơi và { -child-care-article }.

# Lead and phthalates › What to do in the factory (list item)
li-53c2ab8138 = Trước khi bỏ qua thử nghiệm { -lead }, hãy kiểm tra xem vật liệu có trong 16 CFR 1500.91 hay không. Kiểm tra xem vật liệu có được thêm lớp phủ hoặc lớp hoàn thiện nào không.

# Lead and phthalates › What to do in the factory (list item)
li-2947048305 = Thông báo cho nhà nhập khẩu trước khi thay đổi thiết kế, quy trình hoặc nhà cung cấp. Một { -material-change } có thể ảnh hưởng đến sự tuân thủ đòi hỏi phải thực hiện { -third-party-testing } mới và lập giấy chứng nhận mới.

# Lead and phthalates › Check your knowledge (heading)
h-27544b5c12 = Kiểm tra kiến thức

# Lead and phthalates › Check your knowledge (list item)
li-3cd09c86f1 = Giới hạn { -total-lead-content } đối với một bộ phận tiếp cận được của { -childrens-product } là bao nhiêu?

# Lead and phthalates › Check your knowledge (list item)
li-57a9eff7e7 = 600 ppm

# Lead and phthalates › Check your knowledge (list item)
li-68c5ab14e9 = 300 ppm

# Lead and phthalates › Check your knowledge (list item)
li-e5ba3f8eb8 = 100 ppm

# Lead and phthalates › Check your knowledge (list item)
li-a0dc5c4992 = Giới hạn là 100 ppm kể từ ngày 14 tháng 8 năm 2011.

# Lead and phthalates › Check your knowledge (list item)
li-72c1285d0b = Một chiếc áo phông trẻ em làm bằng vải cotton đã nhuộm và có hình in lụa. Phần nào cần thử nghiệm { -lead }?

# Lead and phthalates › Check your knowledge (list item)
li-c599aed120 = Vải cotton đã nhuộm

# Lead and phthalates › Check your knowledge (list item)
li-6db8a756a2 = Hình in lụa

# Lead and phthalates › Check your knowledge (list item)
li-efc22e7bac = Không phần nào

# Lead and phthalates › Check your knowledge (list item)
li-4b3a291d12 = Hàng dệt đã nhuộm và chưa nhuộm thuộc phạm vi 16 CFR 1500.91. Các lớp trang trí được áp lên sau khi xử lý, như in lụa, không thuộc phạm vi này.

# Lead and phthalates › Check your knowledge (list item)
li-621f80a316 = Đồ chơi trẻ em được phép chứa bao nhiêu đối với mỗi loại trong 8 loại { -phthalates }?

# Lead and phthalates › Check your knowledge (list item)
li-8f4cc16232 = Không giới hạn hàm lượng, nếu đồ chơi dành cho trẻ trên 3 tuổi

# Lead and phthalates › Check your knowledge (list item)
li-e89115c094 = Không quá 0,1%

# Lead and phthalates › Check your knowledge (list item)
li-3d5ab598d2 = Không quá 1%

# Lead and phthalates › Check your knowledge (list item)
li-18b5075bf3 = Giới hạn là 0,1% đối với mỗi loại { -phthalates }. Giới hạn này áp dụng cho đồ chơi dành cho trẻ em từ 12 tuổi trở xuống.

# Lead and phthalates › Sources (heading)
h-caf85b0888 = Nguồn tham khảo

# Lead and phthalates › Sources (list item)
li-f0a46f18ba = { "[" }eCFR: Part 1303, { -lead } trong sơn](https://www.ecfr.gov/current/title-16/part-1303)

# Lead and phthalates › Sources (list item)
li-51c386563e = { "[" }eCFR: Part 1307, { -phthalates }](https://www.ecfr.gov/current/title-16/part-1307)

# Lead and phthalates › Sources (list item)
li-9d43f7bba1 = { "[" }eCFR: Part 1308, các xác định đối với một số loại nhựa](https://www.ecfr.gov/current/title-16/part-1308)

# Lead and phthalates › Sources (list item)
li-272df4c080 = { "[" }eCFR: Section 1500.91, các vật liệu không vượt quá giới hạn { -lead }](https://www.ecfr.gov/current/title-16/section-1500.91)

# Lead and phthalates › Sources (list item)
li-59a400fb00 = { "[" }CPSC: Hướng dẫn doanh nghiệp về { -total-lead-content }](https://cpsc.gov/Business--Manufacturing/Business-Education/Lead/Total-Lead-Content-Business-Guidance-and-Small-Entity-Compliance-Guide)

# Lead and phthalates › Sources (list item)
li-b38d63eac7 = { "[" }CPSC: Câu hỏi thường gặp về { -lead } trong sơn](https://cpsc.gov/FAQ/Lead-in-Paint)

# Lead and phthalates › Sources (list item)
li-353bb2c28c = { "[" }CPSC: { -cpc }](http://www.cpsc.gov/cpc)
