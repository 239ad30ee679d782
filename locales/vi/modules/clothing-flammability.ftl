### Vietnamese translation of content/modules/clothing-flammability.md. Draft translation by the Primer team;
### not yet reviewed by a qualified translator.

# Flammability of clothing and children's sleepwear (title)
title-407bd3c396 = Tính dễ cháy của quần áo và { -sleepwear }

# Flammability of clothing and children's sleepwear (summary)
summary-4bac8d3770 = Mọi loại vải dệt may mặc phải đáp ứng tiêu chuẩn về { -flammability } của Hoa Kỳ, và { -sleepwear } cỡ 0 đến 14 phải đáp ứng các tiêu chuẩn nghiêm ngặt hơn.

# Flammability of clothing and children's sleepwear (learning objective)
objective-4ad02419e7 = Giải thích được ba loại phân cấp { -flammability } đối với vải dệt may mặc.

# Flammability of clothing and children's sleepwear (learning objective)
objective-425f9e5114 = Xác định được một sản phẩm may mặc có phải là { -sleepwear } hay không.

# Flammability of clothing and children's sleepwear (learning objective)
objective-d0ee76d965 = Giải thích được khi nào quần áo cho trẻ sơ sinh và quần áo bó sát được miễn trừ khỏi các quy định về đồ ngủ.

# Flammability of clothing and children's sleepwear (learning objective)
objective-e179aa677a = Kiểm tra được nhãn hướng dẫn bảo quản trên { -sleepwear }.

# Flammability of clothing and children's sleepwear (paragraph)
p-796546304f = Quần áo có thể bắt lửa. Vì vậy, luật pháp Hoa Kỳ, cụ thể là Đạo luật về Vải dễ cháy (Flammable Fabrics Act), đặt ra các quy định về { -flammability } đối với quần áo. Mọi loại vải dệt may mặc phải đáp ứng 16 CFR 1610. Đồ ngủ trẻ em phải đáp ứng các quy định nghiêm ngặt hơn, trong 16 CFR 1615 và 1616.

# Flammability of clothing and children's sleepwear › Clothing textiles (heading)
h-0faf5f9fd0 = Vải dệt may mặc

# Flammability of clothing and children's sleepwear › Clothing textiles (paragraph)
p-29f4ec5e59 = 16 CFR 1610 là Tiêu chuẩn về Tính dễ cháy của Vải dệt may mặc (Standard for the Flammability of Clothing Textiles). Tiêu chuẩn này chia vải dệt thành ba loại (16 CFR 1610.4).

# Flammability of clothing and children's sleepwear › Clothing textiles (table cell)
td-4f3a9bd003 = Loại

# Flammability of clothing and children's sleepwear › Clothing textiles (table cell)
td-1f5d64b928 = Ý nghĩa

# Flammability of clothing and children's sleepwear › Clothing textiles (table cell)
td-fd9bc10732 = Sử dụng trong quần áo

# Flammability of clothing and children's sleepwear › Clothing textiles (table cell)
td-51dfeec557 = Loại 1

# Flammability of clothing and children's sleepwear › Clothing textiles (table cell)
td-0883e35169 = Tính dễ cháy bình thường

# Flammability of clothing and children's sleepwear › Clothing textiles (table cell)
td-4b9cfa1c7d = Chấp nhận được

# Flammability of clothing and children's sleepwear › Clothing textiles (table cell)
td-7d4bd5921b = Loại 2

# Flammability of clothing and children's sleepwear › Clothing textiles (table cell)
td-7cb7201681 = Tính dễ cháy trung bình

# Flammability of clothing and children's sleepwear › Clothing textiles (table cell)
td-d790d88865 = Có thể được sử dụng

# Flammability of clothing and children's sleepwear › Clothing textiles (table cell)
td-19ee19b164 = Loại 3

# Flammability of clothing and children's sleepwear › Clothing textiles (table cell)
td-edf0718a0e = Cháy nhanh và mạnh

# Flammability of clothing and children's sleepwear › Clothing textiles (table cell)
td-f0406a0e7e = Không được phép

# Flammability of clothing and children's sleepwear › Clothing textiles (paragraph)
p-ba93e795ae = Loại 2 chỉ áp dụng cho vải dệt có bề mặt sợi nổi (raised-fiber surface). Vải dệt Loại 3 dễ cháy ở mức nguy hiểm. Không được sử dụng loại vải này trong quần áo. Nghiêm cấm sản xuất, bán hoặc nhập khẩu hàng may mặc Loại 3.

# Flammability of clothing and children's sleepwear › Clothing textiles (paragraph)
p-59fc3b6c8b = Tiêu chuẩn đã được sửa đổi bằng một quy định cuối cùng ngày 25 tháng 3 năm 2008. Tiêu chuẩn sửa đổi có hiệu lực từ ngày 22 tháng 9 năm 2008.

# Flammability of clothing and children's sleepwear › Clothing textiles (paragraph)
p-ea4a2bd723 = Một số mặt hàng không thuộc phạm vi của tiêu chuẩn[^1]:

# Flammability of clothing and children's sleepwear › Clothing textiles (list item)
li-4bbcac890a = mũ không che mặt, cổ hoặc vai;

# Flammability of clothing and children's sleepwear › Clothing textiles (list item)
li-1a1a1171bd = găng tay dài từ 14 inch trở xuống không gắn liền với sản phẩm may mặc;

# Flammability of clothing and children's sleepwear › Clothing textiles (list item)
li-e491a08a5b = giày dép không gắn liền với sản phẩm may mặc và không làm toàn bộ hoặc một phần bằng vải tất (hosiery);

# Flammability of clothing and children's sleepwear › Clothing textiles (list item)
li-7a8f3d3d53 = vải dựng (interlining).

# Flammability of clothing and children's sleepwear › Clothing textiles (paragraph)
p-3468faf411 = Hãy đối chiếu các danh sách này với văn bản hiện hành của 16 CFR 1610. Danh sách đầy đủ trong quy định có thể dài hơn.

# Flammability of clothing and children's sleepwear › Clothing textiles (paragraph)
p-a1cea6ae88 = Các loại vải sau được miễn thử nghiệm (16 CFR 1610.1(d)):

# Flammability of clothing and children's sleepwear › Clothing textiles (list item)
li-df7b593c57 = vải bề mặt trơn có trọng lượng từ 2,6 oz/yd² (88,2 g/m²) trở lên, bất kể loại sợi;

# Flammability of clothing and children's sleepwear › Clothing textiles (list item)
li-398f32fffc = mọi loại vải, bề mặt trơn hoặc bề mặt sợi nổi, với bất kỳ trọng lượng nào, được làm hoàn toàn từ một hoặc nhiều loại trong sáu loại sợi sau: acrylic, modacrylic, nylon, olefin, polyester và len.

# Flammability of clothing and children's sleepwear › Clothing textiles (paragraph)
p-7333c4b76a = Danh sách sáu loại sợi này là danh sách đầy đủ. Vải có bất kỳ loại sợi nào khác, ví dụ bông (cotton) hoặc rayon, không được miễn theo quy tắc thứ hai.

# Flammability of clothing and children's sleepwear › Clothing textiles (paragraph)
p-ee1b65ee9b = Trước khi bỏ qua thử nghiệm { -flammability }, hãy kiểm tra văn bản hiện hành của 16 CFR 1610. Thống nhất quyết định với { -importer }.

# Flammability of clothing and children's sleepwear › Children's sleepwear (heading)
h-0f2249e86d = Đồ ngủ trẻ em

# Flammability of clothing and children's sleepwear › Children's sleepwear (paragraph)
p-f5d2d0754a = Đồ ngủ trẻ em là bất kỳ trang phục nào cỡ 0 đến 14 được dự định chủ yếu để mặc khi ngủ hoặc cho các hoạt động liên quan đến giấc ngủ. Ví dụ như váy ngủ, bộ pijama, áo choàng và đồ mặc ở nhà.

# Flammability of clothing and children's sleepwear › Children's sleepwear (table cell)
td-74a3978d10 = Cỡ

# Flammability of clothing and children's sleepwear › Children's sleepwear (table cell)
td-62845f31a2 = Quy định

# Flammability of clothing and children's sleepwear › Children's sleepwear (table cell)
td-cb971f83e8 = 0 đến 6X

# Flammability of clothing and children's sleepwear › Children's sleepwear (table cell)
td-7e3f263ca1 = 16 CFR 1615

# Flammability of clothing and children's sleepwear › Children's sleepwear (table cell)
td-1bd744c51c = 7 đến 14

# Flammability of clothing and children's sleepwear › Children's sleepwear (table cell)
td-001b87c753 = 16 CFR 1616

# Flammability of clothing and children's sleepwear › Children's sleepwear (paragraph)
p-75fd2ba9a6 = Một số sản phẩm may mặc được miễn trừ khỏi các quy định về đồ ngủ. Thay vào đó, chúng phải đáp ứng 16 CFR 1610:

# Flammability of clothing and children's sleepwear › Children's sleepwear (list item)
li-6d6972494a = tã và đồ lót;

# Flammability of clothing and children's sleepwear › Children's sleepwear (list item)
li-6664462455 = quần áo cho trẻ sơ sinh (16 CFR 1615.1(c));

# Flammability of clothing and children's sleepwear › Children's sleepwear (list item)
li-5c306bf18c = quần áo bó sát (16 CFR 1615.1(o) và 1616.2(m)).

# Flammability of clothing and children's sleepwear › Children's sleepwear (paragraph)
p-846bdf6598 = Các trường hợp miễn trừ cho quần áo trẻ sơ sinh và quần áo bó sát được đưa ra qua các sửa đổi năm 1996. Các thay đổi kỹ thuật năm 1999 đã làm rõ hơn các điểm đo.

# Flammability of clothing and children's sleepwear › Infant garments (heading)
h-334319fb25 = Quần áo cho trẻ sơ sinh

# Flammability of clothing and children's sleepwear › Infant garments (paragraph)
p-07f3904b02 = Quần áo cho trẻ sơ sinh phải đáp ứng tất cả các điều kiện sau:

# Flammability of clothing and children's sleepwear › Infant garments (list item)
li-088a089b83 = Có cỡ từ 9 tháng trở xuống.

# Flammability of clothing and children's sleepwear › Infant garments (list item)
li-7a8b620dca = Bộ liền một mảnh dài không quá 64,8 cm (25,75 inch). Với bộ hai mảnh, không mảnh nào dài quá 40 cm (15,75 inch).

# Flammability of clothing and children's sleepwear › Infant garments (list item)
li-4ba8fd85f1 = Đáp ứng 16 CFR 1610 và 1611.

# Flammability of clothing and children's sleepwear › Infant garments (list item)
li-335c773d52 = Có nhãn ghi cỡ theo tháng tuổi. Nếu nhãn không nhìn thấy được khi bày bán lẻ, bao bì cũng phải ghi cỡ.

# Flammability of clothing and children's sleepwear › Tight-fitting garments (heading)
h-108fe650c2 = Quần áo bó sát

# Flammability of clothing and children's sleepwear › Tight-fitting garments (paragraph)
p-79b7fb8ef7 = Quy định liệt kê các kích thước tối đa cho từng cỡ. Các kích thước này áp dụng cho ngực, eo, mông, bắp tay, đùi, cổ tay và cổ chân (16 CFR 1615.1(o)(1) và 1616.2(m)(1)). Quần áo bó sát không được vượt quá bất kỳ kích thước nào trong số đó. Quần áo cũng không được có vải, đồ trang trí hoặc viền trang trí, như ren, hình đắp (appliqué) hoặc ruy băng, vượt quá các giới hạn mà quy định đặt ra.

# Flammability of clothing and children's sleepwear › Tight-fitting garments (paragraph)
p-8203ac9c18 = Học phần này không đưa ra bảng kích thước tối đa. Hãy đo từng cỡ và đối chiếu với bảng hiện hành trong quy định. Nếu sản phẩm may mặc lớn hơn bảng ở bất kỳ điểm nào, sản phẩm đó không phải là quần áo bó sát. Khi đó, sản phẩm phải đáp ứng đầy đủ các quy định về đồ ngủ.

# Flammability of clothing and children's sleepwear › Care labels (heading)
h-6755bf8cc3 = Nhãn hướng dẫn bảo quản

# Flammability of clothing and children's sleepwear › Care labels (paragraph)
p-847e4124e1 = Mọi { -sleepwear } thuộc phạm vi của các quy định phải có nhãn hướng dẫn bảo quản cố định. Nhãn phải cảnh báo không dùng các chất làm giảm khả năng chống cháy. Nếu sản phẩm được thử nghiệm sau một lần giặt, nhãn cũng phải ghi cần giặt trước khi mặc (16 CFR 1616.6(a)). Phần 1615 có quy định tương tự.

# Flammability of clothing and children's sleepwear › Lead, certificates and tracking labels (heading)
h-70ba12d247 = Chì, giấy chứng nhận và { -tracking-label }

# Flammability of clothing and children's sleepwear › Lead, certificates and tracking labels (paragraph)
p-f3b4da8326 = Quần áo trẻ em cũng phải đáp ứng các [giới hạn về { -lead }](lead-and-phthalates.md#limits). Vải dệt, dù đã nhuộm hay chưa nhuộm, được xác định là không vượt quá giới hạn về { -lead } (16 CFR 1500.91). Vải dệt không cần { -third-party-testing } về { -lead }. Hình in lụa, hình ép chuyển nhiệt và các lớp trang trí khác được áp lên sau khi xử lý (after-treatment) không thuộc trường hợp này. Các phụ kiện không phải hàng dệt cũng không thuộc trường hợp này. Chúng phải được thử nghiệm.

# Flammability of clothing and children's sleepwear › Lead, certificates and tracking labels (paragraph)
p-091cea407b = CPSC có công bố một { -cpc } mẫu cho một sản phẩm quần áo trẻ em. Giấy chứng nhận điển hình cho một sản phẩm may mặc viện dẫn 16 CFR 1610 và quy định về hàm lượng { -lead }. Đối với đồ ngủ, giấy chứng nhận còn viện dẫn 16 CFR 1615 hoặc 1616. Trường hợp miễn trừ về { -lead } đối với vải dệt được ghi trên giấy chứng nhận thay cho tên phòng thử nghiệm.

# Flammability of clothing and children's sleepwear › Lead, certificates and tracking labels (paragraph)
p-a5ba79cf80 = Quần áo trẻ em cũng phải có { -tracking-label }. Số Nhận dạng Đăng ký của FTC (RN) có thể cung cấp một phần thông tin. Áo khoác ngoài có { -drawstring } có quy định riêng, xem [{ -drawstring }](clothing-drawstrings.md).

# Flammability of clothing and children's sleepwear › What to do in the factory (heading)
h-2a572bd7e4 = Việc cần làm tại nhà máy

# Flammability of clothing and children's sleepwear › What to do in the factory (list item)
li-535e95aca9 = Xác định từng sản phẩm may mặc có phải là { -sleepwear } hay không.

# Flammability of clothing and children's sleepwear › What to do in the factory (list item)
li-b107cca6f8 = Kiểm tra để bảo đảm không có loại vải may mặc nào thuộc Loại 3.

# Flammability of clothing and children's sleepwear › What to do in the factory (list item)
li-65e91f14c6 = Thử nghiệm đồ ngủ theo 16 CFR 1615 (cỡ 0 đến 6X) hoặc 16 CFR 1616 (cỡ 7 đến 14).

# Flammability of clothing and children's sleepwear › What to do in the factory (list item)
li-6744f97ed4 = Đối với quần áo trẻ sơ sinh và quần áo bó sát, đo từng cỡ và đối chiếu với quy định.

# Flammability of clothing and children's sleepwear › What to do in the factory (list item)
li-f6350970a8 = May nhãn hướng dẫn bảo quản cố định vào từng sản phẩm đồ ngủ.

# Flammability of clothing and children's sleepwear › What to do in the factory (list item)
li-d8c230bdca = Thử nghiệm { -lead } đối với hình in, hình ép chuyển nhiệt và các bộ phận không phải vải.

# Flammability of clothing and children's sleepwear › What to do in the factory (list item)
li-cd7d365b93 = Báo cho nhà nhập khẩu trước khi thay đổi vải, phụ liệu trang trí hoặc nhà cung cấp. Lưu giữ toàn bộ hồ sơ thử nghiệm.

# Flammability of clothing and children's sleepwear › What to do in the factory (paragraph)
p-8618a097ad = CPSC đã công bố tài liệu đào tạo bằng tiếng Việt về các quy định đối với sản phẩm dệt may. Đó là một video từ tháng 3 năm 2009, kèm bản ghi lời trên cpsc.gov. Một số quy định đã thay đổi kể từ đó. Luôn kiểm tra văn bản hiện hành của các quy định.

# Flammability of clothing and children's sleepwear › Check your knowledge (heading)
h-27544b5c12 = Kiểm tra kiến thức

# Flammability of clothing and children's sleepwear › Check your knowledge (list item)
li-19d0e56d18 = Một loại vải cháy nhanh và mạnh. Vải thuộc Loại 3. Vải này có được sử dụng trong quần áo không?

# Flammability of clothing and children's sleepwear › Check your knowledge (list item)
li-566765d7fc = Có, nếu sản phẩm may mặc có { -warning-label }.

# Flammability of clothing and children's sleepwear › Check your knowledge (list item)
li-c92f84af7d = Có, nhưng chỉ trong quần áo người lớn.

# Flammability of clothing and children's sleepwear › Check your knowledge (list item)
li-bb9d17c93e = Không. Không được sử dụng vải dệt Loại 3 trong quần áo.

# Flammability of clothing and children's sleepwear › Check your knowledge (list item)
li-499e2a86eb = Vải dệt Loại 3 dễ cháy ở mức nguy hiểm. Nghiêm cấm sản xuất, bán hoặc nhập khẩu hàng may mặc Loại 3.

# Flammability of clothing and children's sleepwear › Check your knowledge (list item)
li-f4172c6173 = Quy định nào áp dụng cho bộ pijama cỡ 10?

# Flammability of clothing and children's sleepwear › Check your knowledge (list item)
li-7e3f263ca1 = 16 CFR 1615

# Flammability of clothing and children's sleepwear › Check your knowledge (list item)
li-001b87c753 = 16 CFR 1616

# Flammability of clothing and children's sleepwear › Check your knowledge (list item)
li-25e9abb58a = Chỉ 16 CFR 1610

# Flammability of clothing and children's sleepwear › Check your knowledge (list item)
li-ca693800ff = Phần 1615 áp dụng cho cỡ 0 đến 6X. Phần 1616 áp dụng cho cỡ 7 đến 14.

# Flammability of clothing and children's sleepwear › Check your knowledge (list item)
li-87ddc9226d = Một bộ đồ ngủ liền một mảnh có cỡ 6 tháng và dài 60 cm. Sản phẩm đáp ứng 16 CFR 1610 và 1611, và nhãn ghi cỡ theo tháng tuổi. Đây là loại sản phẩm gì?

# Flammability of clothing and children's sleepwear › Check your knowledge (list item)
li-7bfba29594 = Quần áo cho trẻ sơ sinh, được miễn trừ khỏi các quy định về đồ ngủ

# Flammability of clothing and children's sleepwear › Check your knowledge (list item)
li-f03747c786 = Quần áo bó sát

# Flammability of clothing and children's sleepwear › Check your knowledge (list item)
li-61b5f59e32 = Đồ ngủ phải đáp ứng 16 CFR 1615

# Flammability of clothing and children's sleepwear › Check your knowledge (list item)
li-754dcd5051 = Sản phẩm có cỡ từ 9 tháng trở xuống và dài không quá 64,8 cm. Vì vậy, đây là quần áo cho trẻ sơ sinh. Sản phẩm phải đáp ứng 16 CFR 1610.

# Flammability of clothing and children's sleepwear › Check your knowledge (list item)
li-5aa809303b = Đồ ngủ được thử nghiệm sau một lần giặt. Nhãn cố định của sản phẩm phải ghi gì?

# Flammability of clothing and children's sleepwear › Check your knowledge (list item)
li-df2c9a7756 = Không cần ghi thêm gì

# Flammability of clothing and children's sleepwear › Check your knowledge (list item)
li-ffb3d5b886 = Giặt sản phẩm trước khi mặc.

# Flammability of clothing and children's sleepwear › Check your knowledge (list item)
li-187b3cee6e = Không giặt sản phẩm.

# Flammability of clothing and children's sleepwear › Check your knowledge (list item)
li-d0bdc7048a = Nếu sản phẩm được thử nghiệm sau một lần giặt, nhãn phải ghi cần giặt trước khi mặc.

# Flammability of clothing and children's sleepwear › Sources (heading)
h-caf85b0888 = Nguồn tham khảo

# Flammability of clothing and children's sleepwear › Sources (list item)
li-ddc6ecd8c2 = { "[" }eCFR: Part 1610, { -flammability } của vải dệt may mặc](https://www.ecfr.gov/current/title-16/part-1610)

# Flammability of clothing and children's sleepwear › Sources (list item)
li-be8641e951 = { "[" }LII: Định nghĩa "sản phẩm may mặc" (article of wearing apparel) trong các quy định thực thi Đạo luật về Vải dễ cháy](https://www.law.cornell.edu/cfr/text/16/1609.1)

# Flammability of clothing and children's sleepwear › Sources (list item)
li-1c4106bc63 = { "[" }eCFR: Part 1615, { -sleepwear }, cỡ 0 đến 6X](https://www.ecfr.gov/current/title-16/part-1615)

# Flammability of clothing and children's sleepwear › Sources (list item)
li-9b74effef4 = { "[" }eCFR: Part 1616, { -sleepwear }, cỡ 7 đến 14](https://www.ecfr.gov/current/title-16/part-1616)

# Flammability of clothing and children's sleepwear › Sources (list item)
li-272df4c080 = { "[" }eCFR: Section 1500.91, các vật liệu không vượt quá giới hạn { -lead }](https://www.ecfr.gov/current/title-16/section-1500.91)

# Flammability of clothing and children's sleepwear › Sources (list item)
li-2f16add235 = { "[" }Federal Register: quy định cuối cùng về vải dệt may mặc, ngày 25 tháng 3 năm 2008](https://webarchive.library.unt.edu/eot2008/20081011225550/http://edocket.access.gpo.gov/2008/E8-5569.htm)

# Flammability of clothing and children's sleepwear › Sources (list item)
li-395136d727 = { "[" }Federal Register: sửa đổi quy định về đồ ngủ, ngày 9 tháng 9 năm 1996](https://www.gpo.gov/fdsys/pkg/FR-1996-09-09/html/96-22697.htm)

# Flammability of clothing and children's sleepwear › Sources (list item)
li-ab15dc523f = { "[" }Federal Register: thay đổi kỹ thuật về đồ ngủ, ngày 19 tháng 1 năm 1999](http://federal.elaws.us/fr/1/19/1999/99-1138)

# Flammability of clothing and children's sleepwear › Sources (list item)
li-07e13d9535 = { "[" }Federal Register: vải dệt và { -lead }, ngày 14 tháng 10 năm 2015](https://thefederalregister.org/80-FR/61729)

# Flammability of clothing and children's sleepwear › Sources (list item)
li-7c46a3b4d9 = { "[" }CPSC: Câu hỏi thường gặp về { -sleepwear }](https://cpsc.gov/FAQ/Childrens-Sleepwear)

# Flammability of clothing and children's sleepwear › Sources (list item)
li-2bb8ea4713 = { "[" }CPSC: Câu hỏi thường gặp về quần áo trẻ sơ sinh và quần áo bó sát](https://cpsc.gov/FAQ/Infant-Tightfitting-Garments)

# Flammability of clothing and children's sleepwear › Sources (list item)
li-353bb2c28c = { "[" }CPSC: { -cpc }](http://www.cpsc.gov/cpc)

# Flammability of clothing and children's sleepwear › Sources (list item)
li-ae450af3e8 = { "[" }CPSC: Câu hỏi thường gặp về { -tracking-label }](https://cpsc.gov/FAQ/Tracking-Label)

# Flammability of clothing and children's sleepwear › Sources (list item)
li-d920cda87d = { "[" }CPSC: Video về các quy định đối với sản phẩm dệt may, bằng tiếng Việt](http://cpsc.gov/Business--Manufacturing/International/Vietnamese/Topics/Video-Clip---Regulations-for-Textile-and-Clothing-Products-March-2009/)
