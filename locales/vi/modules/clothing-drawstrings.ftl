### Vietnamese translation of content/modules/clothing-drawstrings.md. Draft translation by the Primer team;
### not yet reviewed by a qualified translator.

# Drawstrings on children's upper outerwear (title)
title-84b0acf604 = Dây rút trên { -upper-outerwear }

# Drawstrings on children's upper outerwear (summary)
summary-99bb196785 = Áo khoác ngoài phần thân trên cho trẻ em cỡ 2T đến 12 không được có { -drawstring } ở mũ trùm đầu hoặc ở cổ, và { -drawstring } ở eo và gấu áo trên sản phẩm cỡ 2T đến 16 phải đáp ứng các giới hạn nghiêm ngặt.

# Drawstrings on children's upper outerwear (learning objective)
objective-11f00f719f = Giải thích được vì sao { -drawstring } trên { -upper-outerwear } là nguy hiểm.

# Drawstrings on children's upper outerwear (learning objective)
objective-9675eb69ce = Nêu được các cỡ thuộc phạm vi của quy định về { -drawstring } ở mũ trùm đầu, cổ, eo và gấu áo.

# Drawstrings on children's upper outerwear (learning objective)
objective-a590b9ef82 = Kiểm tra được { -drawstring } ở eo hoặc gấu áo theo quy định.

# Drawstrings on children's upper outerwear (learning objective)
objective-eed865731e = Giải thích được cần làm gì khi sản phẩm may mặc không đáp ứng quy định.

# Drawstrings on children's upper outerwear (paragraph)
p-35aa8e6025 = Dây rút trên { -upper-outerwear } có thể bị mắc vào cầu trượt ở sân chơi hoặc cửa xe buýt. Khi đó trẻ có thể bị siết cổ. Vì vậy, các quy định của Hoa Kỳ giới hạn { -drawstring } trên { -upper-outerwear }.

# Drawstrings on children's upper outerwear › Why drawstrings are dangerous (heading)
h-d5f4cf71fc = Vì sao { -drawstring } nguy hiểm

# Drawstrings on children's upper outerwear › Why drawstrings are dangerous (paragraph)
p-001455916b = Cán bộ CPSC được biết có 26 ca tử vong và 73 sự cố không gây tử vong do { -drawstring } ở cổ hoặc mũ trùm đầu. Các vụ việc này xảy ra trong khoảng từ tháng 1 năm 1985 đến tháng 6 năm 2019. Trẻ em liên quan từ 18 tháng đến 15 tuổi. Phần lớn sự cố liên quan đến cầu trượt ở sân chơi. Một số sự cố liên quan đến cửa xe buýt đưa đón học sinh mắc vào { -drawstring } ở eo.

# Drawstrings on children's upper outerwear › The rule (heading)
h-4d88e08f47 = Quy định

# Drawstrings on children's upper outerwear › The rule (paragraph)
p-50ac2aa13e = Quy định áp dụng là 16 CFR 1120.3(b). Quy định này đưa một số sản phẩm may mặc vào danh sách các mối nguy sản phẩm đáng kể (substantial product hazard). Đó là { -upper-outerwear } có { -drawstring }:

# Drawstrings on children's upper outerwear › The rule (list item)
li-cbb0a19c9a = thuộc các cỡ 2T đến 16, hoặc cỡ tương đương;

# Drawstrings on children's upper outerwear › The rule (list item)
li-bc53a5a8a0 = thuộc phạm vi của ASTM F1816-97 nhưng không phù hợp với tiêu chuẩn này.

# Drawstrings on children's upper outerwear › The rule (paragraph)
p-ccfad9b896 = Cơ sở pháp lý của danh sách là mục 15(j) của Đạo luật An toàn Sản phẩm Tiêu dùng. Quy định cuối cùng được công bố ngày 19 tháng 7 năm 2011. Quy định có hiệu lực từ ngày 18 tháng 8 năm 2011.

# Drawstrings on children's upper outerwear › The rule (paragraph)
p-ffa2eb88ae = Dây rút là dây, ruy băng hoặc dải vải không tự thu vào được, dùng để kéo các phần của áo khoác ngoài lại với nhau nhằm đóng áo (16 CFR 1120.2(c)).

# Drawstrings on children's upper outerwear › What the rule requires (heading)
h-1e96f9e67c = Quy định yêu cầu gì

# Drawstrings on children's upper outerwear › What the rule requires (table cell)
td-04d1ee334d = Dây rút

# Drawstrings on children's upper outerwear › What the rule requires (table cell)
td-74a3978d10 = Cỡ

# Drawstrings on children's upper outerwear › What the rule requires (table cell)
td-f5f5690b0e = Yêu cầu

# Drawstrings on children's upper outerwear › What the rule requires (table cell)
td-3ba0fac5b0 = Mũ trùm đầu và cổ

# Drawstrings on children's upper outerwear › What the rule requires (table cell)
td-4484f5555a = 2T đến 12

# Drawstrings on children's upper outerwear › What the rule requires (table cell)
td-f0406a0e7e = Không được phép

# Drawstrings on children's upper outerwear › What the rule requires (table cell)
td-0c9d859c63 = Eo và gấu áo

# Drawstrings on children's upper outerwear › What the rule requires (table cell)
td-c8f1450462 = 2T đến 16

# Drawstrings on children's upper outerwear › What the rule requires (table cell)
td-343daebc4d = Được phép, có giới hạn

# Drawstrings on children's upper outerwear › What the rule requires (paragraph)
p-9ccda0f7d7 = Dây rút ở mũ trùm đầu và ở cổ trên áo khoác ngoài cỡ 2T đến 12 là một mối nguy sản phẩm đáng kể. Chúng gây nguy cơ siết cổ. Không được phép có các { -drawstring } này.

# Drawstrings on children's upper outerwear › What the rule requires (paragraph)
p-96a4cbc856 = Dây rút ở eo và gấu áo trên áo khoác ngoài cỡ 2T đến 16 phải đáp ứng tất cả các giới hạn sau:

# Drawstrings on children's upper outerwear › What the rule requires (list item)
li-e0a35aeeb7 = Kéo căng sản phẩm may mặc ra hết chiều rộng tối đa. Dây rút không được thò ra quá 3 inch bên ngoài đường luồn dây.

# Drawstrings on children's upper outerwear › What the rule requires (list item)
li-67782c586a = Các đầu dây tự do không được có khóa chặn dây, nút thắt hoặc vật gắn kèm khác.

# Drawstrings on children's upper outerwear › What the rule requires (list item)
li-a64c432fa0 = Dây rút liền một sợi phải được may chặn (bar-tack). Nghĩa là dây được may xuyên qua để không thể bị kéo tuột qua đường luồn dây.

# Drawstrings on children's upper outerwear › What the rule requires (paragraph)
p-ce26dc7687 = Đo { -drawstring } khi sản phẩm may mặc được kéo căng ra hết chiều rộng tối đa, theo đúng quy định. Kiểm tra mọi cỡ của một mã hàng, không chỉ cỡ mẫu. Một mã hàng có thể có các cỡ thuộc cả hai dòng của bảng.

# Drawstrings on children's upper outerwear › When garments do not meet the rule (heading)
h-62adc5c1b2 = Khi sản phẩm may mặc không đáp ứng quy định

# Drawstrings on children's upper outerwear › When garments do not meet the rule (paragraph)
p-9c73ceb2bb = Nhà sản xuất, nhà nhập khẩu, nhà phân phối và nhà bán lẻ phải báo cáo cho CPSC trong một số trường hợp. Các trường hợp này bao gồm khi có thông tin hỗ trợ một cách hợp lý cho kết luận rằng một sản phẩm:

# Drawstrings on children's upper outerwear › When garments do not meet the rule (list item)
li-14c0fe9b5a = không tuân thủ một quy định an toàn sản phẩm tiêu dùng, hoặc một tiêu chuẩn tự nguyện mà CPSC đã dựa vào;

# Drawstrings on children's upper outerwear › When garments do not meet the rule (list item)
li-523d67032a = có khuyết tật có thể tạo ra một mối nguy sản phẩm đáng kể; hoặc

# Drawstrings on children's upper outerwear › When garments do not meet the rule (list item)
li-10e764cfe9 = gây ra nguy cơ không hợp lý về thương tích nghiêm trọng hoặc tử vong.

# Drawstrings on children's upper outerwear › When garments do not meet the rule (paragraph)
p-2ebe158692 = Các doanh nghiệp này phải báo cáo ngay lập tức, không được chờ đến khi có người bị thương. Các quy định này nằm trong 16 CFR 1115. Nếu phát hiện sản phẩm may mặc có { -drawstring } không đáp ứng quy định, hãy báo ngay cho { -importer }. Điều này cũng áp dụng cho những sản phẩm đã xuất hàng.

# Drawstrings on children's upper outerwear › Other rules for children's clothing (heading)
h-ed9611b512 = Các quy định khác về quần áo trẻ em

# Drawstrings on children's upper outerwear › Other rules for children's clothing (paragraph)
p-3e5e5fb6ea = Dây rút không phải là quy định duy nhất. Quần áo trẻ em cũng phải đáp ứng các quy định khác:

# Drawstrings on children's upper outerwear › Other rules for children's clothing (list item)
li-2b9d842c2b = các quy định về { -flammability }, xem [{ -flammability } của quần áo](clothing-flammability.md);

# Drawstrings on children's upper outerwear › Other rules for children's clothing (list item)
li-1a8377811a = các [giới hạn về { -lead }](lead-and-phthalates.md#limits), ví dụ đối với hình in, hình ép chuyển nhiệt và các bộ phận không phải vải;

# Drawstrings on children's upper outerwear › Other rules for children's clothing (list item)
li-4e74fd8c80 = { -tracking-label } trên sản phẩm may mặc và bao bì.

# Drawstrings on children's upper outerwear › Other rules for children's clothing (paragraph)
p-8eb089260f = Số Nhận dạng Đăng ký của FTC (RN) trên hàng may mặc có thể được tính là một phần của { -tracking-label }. Số này không thể thay thế toàn bộ nhãn.

# Drawstrings on children's upper outerwear › What to do in the factory (heading)
h-2a572bd7e4 = Việc cần làm tại nhà máy

# Drawstrings on children's upper outerwear › What to do in the factory (list item)
li-7b3296f847 = Kiểm tra dải cỡ của từng mã áo khoác ngoài trước khi làm mẫu.

# Drawstrings on children's upper outerwear › What to do in the factory (list item)
li-0e2c804548 = Với các cỡ 2T đến 12, loại bỏ { -drawstring } ở mũ trùm đầu và ở cổ khỏi thiết kế.

# Drawstrings on children's upper outerwear › What to do in the factory (list item)
li-25a98ee367 = Với các cỡ 2T đến 16, đo { -drawstring } ở eo và gấu áo khi sản phẩm được kéo căng hết chiều rộng tối đa.

# Drawstrings on children's upper outerwear › What to do in the factory (list item)
li-90d3697a12 = Kiểm tra để bảo đảm không có { -drawstring } nào thò ra quá 3 inch bên ngoài đường luồn dây.

# Drawstrings on children's upper outerwear › What to do in the factory (list item)
li-648d756105 = Kiểm tra để bảo đảm các đầu dây tự do không có khóa chặn dây, nút thắt hoặc vật gắn kèm khác.

# Drawstrings on children's upper outerwear › What to do in the factory (list item)
li-d33c11dd0a = Kiểm tra đường may chặn trên mỗi { -drawstring } liền một sợi.

# Drawstrings on children's upper outerwear › What to do in the factory (list item)
li-89cb2abd5f = Kiểm tra các mẫu đầu tiên và hàng sản xuất, và lưu giữ hồ sơ.

# Drawstrings on children's upper outerwear › What to do in the factory (paragraph)
p-23d62b1863 = Trang web của CPSC về văn phòng tại Bắc Kinh cho biết các doanh nghiệp ở Trung Quốc sản xuất một tỷ lệ lớn các { -childrens-product } có nguy cơ cao hơn, như quần áo, cũi và đồ dùng cho phòng trẻ. Trang này không ghi ngày. Các nhà máy ở Trung Quốc sản xuất áo khoác trẻ em và các loại áo khoác ngoài khác cho thị trường Hoa Kỳ nên kiểm tra mọi mã hàng theo quy định này.

# Drawstrings on children's upper outerwear › Check your knowledge (heading)
h-27544b5c12 = Kiểm tra kiến thức

# Drawstrings on children's upper outerwear › Check your knowledge (list item)
li-295d31ae12 = Một chiếc áo khoác trẻ em cỡ 8 có { -drawstring } ở mũ trùm đầu. Điều này có được phép không?

# Drawstrings on children's upper outerwear › Check your knowledge (list item)
li-6a991d0960 = Có, nếu { -drawstring } không dài quá 3 inch.

# Drawstrings on children's upper outerwear › Check your knowledge (list item)
li-64f6d0e653 = Có, nếu các đầu dây tự do không có khóa chặn dây.

# Drawstrings on children's upper outerwear › Check your knowledge (list item)
li-400e78188b = Không. Dây rút ở mũ trùm đầu và ở cổ không được phép có trên các cỡ 2T đến 12.

# Drawstrings on children's upper outerwear › Check your knowledge (list item)
li-3dc4dfb34c = Dây rút ở mũ trùm đầu và ở cổ trên áo khoác ngoài cỡ 2T đến 12 là một mối nguy sản phẩm đáng kể.

# Drawstrings on children's upper outerwear › Check your knowledge (list item)
li-3f126bcde2 = Một chiếc áo khoác cỡ 14 có { -drawstring } ở eo. Dây rút được phép thò ra bên ngoài đường luồn dây tối đa bao nhiêu?

# Drawstrings on children's upper outerwear › Check your knowledge (list item)
li-230b8ddeca = Không có giới hạn.

# Drawstrings on children's upper outerwear › Check your knowledge (list item)
li-5d3e0a65c0 = Không quá 3 inch, khi sản phẩm được kéo căng hết chiều rộng tối đa.

# Drawstrings on children's upper outerwear › Check your knowledge (list item)
li-198124ca39 = Không quá 3 inch, khi áo đang được đóng lại.

# Drawstrings on children's upper outerwear › Check your knowledge (list item)
li-f3ff848d6b = Dây rút ở eo và gấu áo trên các cỡ 2T đến 16 được phép thò ra bên ngoài đường luồn dây không quá 3 inch khi sản phẩm được kéo căng hết chiều rộng tối đa.

# Drawstrings on children's upper outerwear › Check your knowledge (list item)
li-b175d78581 = Dây rút ở eo nào đáp ứng quy định?

# Drawstrings on children's upper outerwear › Check your knowledge (list item)
li-7c4bb5784b = Dây có khóa chặn dây bằng nhựa ở mỗi đầu tự do

# Drawstrings on children's upper outerwear › Check your knowledge (list item)
li-4ffd820426 = Dây có nút thắt ở mỗi đầu tự do

# Drawstrings on children's upper outerwear › Check your knowledge (list item)
li-c70ffbedd8 = Dây rút liền một sợi, được may chặn để không thể bị kéo tuột qua đường luồn dây

# Drawstrings on children's upper outerwear › Check your knowledge (list item)
li-3e3ddde8d3 = Các đầu dây tự do không được có khóa chặn dây, nút thắt hoặc vật gắn kèm khác. Dây rút liền một sợi phải được may chặn.

# Drawstrings on children's upper outerwear › Check your knowledge (list item)
li-ef58cc5f8d = Giả sử phát hiện những chiếc áo khoác cỡ 6 đã xuất hàng có { -drawstring } ở mũ trùm đầu. Cần làm gì?

# Drawstrings on children's upper outerwear › Check your knowledge (list item)
li-7387db2b48 = Không làm gì, vì hàng đã rời nhà máy.

# Drawstrings on children's upper outerwear › Check your knowledge (list item)
li-603157b10e = Báo ngay cho { -importer }.

# Drawstrings on children's upper outerwear › Check your knowledge (list item)
li-5742ddd907 = Chờ đến khi có trẻ bị thương.

# Drawstrings on children's upper outerwear › Check your knowledge (list item)
li-9d2a343268 = Dây rút ở mũ trùm đầu trên cỡ 6 là một mối nguy sản phẩm đáng kể. Doanh nghiệp phải báo cáo ngay cho CPSC khi có thông tin hỗ trợ một cách hợp lý cho kết luận rằng một sản phẩm có khuyết tật có thể tạo ra một mối nguy sản phẩm đáng kể. Vì vậy, nhà nhập khẩu cần có thông tin này ngay lập tức.

# Drawstrings on children's upper outerwear › Sources (heading)
h-caf85b0888 = Nguồn tham khảo

# Drawstrings on children's upper outerwear › Sources (list item)
li-9b1e8ae5ed = { "[" }eCFR: Part 1120, danh sách mối nguy sản phẩm đáng kể](https://www.ecfr.gov/current/title-16/part-1120)

# Drawstrings on children's upper outerwear › Sources (list item)
li-318ff6593c = { "[" }eCFR: Part 1115, báo cáo](https://www.ecfr.gov/current/title-16/part-1115)

# Drawstrings on children's upper outerwear › Sources (list item)
li-ee423943e6 = { "[" }Federal Register: quy định cuối cùng về { -drawstring }, ngày 19 tháng 7 năm 2011](http://www.gpo.gov/fdsys/pkg/FR-2011-07-19/html/2011-17961.htm)

# Drawstrings on children's upper outerwear › Sources (list item)
li-4046832052 = { "[" }Federal Register: dự thảo quy định về { -drawstring }, ngày 17 tháng 5 năm 2010](https://regulations.justia.com/regulations/fedreg/2010/05/17/2010-11624.html)

# Drawstrings on children's upper outerwear › Sources (list item)
li-e3a8d9c0a5 = { "[" }CPSC: Câu hỏi thường gặp về { -drawstring } trên { -upper-outerwear }](http://cpsc.gov/FAQ/Drawstrings-in-Children%E2%80%99s-Upper-Outerwear)

# Drawstrings on children's upper outerwear › Sources (list item)
li-ae450af3e8 = { "[" }CPSC: Câu hỏi thường gặp về { -tracking-label }](https://cpsc.gov/FAQ/Tracking-Label)

# Drawstrings on children's upper outerwear › Sources (list item)
li-f30ee94a2c = { "[" }CPSC: Văn phòng An toàn Sản phẩm Khu vực tại Bắc Kinh](http://www.cpsc.gov/Business--Manufacturing/International/CPSC-Regional-Product-Safety-Office-Beijing/)
