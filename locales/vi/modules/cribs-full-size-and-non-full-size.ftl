### Vietnamese translation of content/modules/cribs-full-size-and-non-full-size.md. Draft translation by the Primer team;
### not yet reviewed by a qualified translator.

# Full-size and non-full-size cribs (title)
title-67f0745d6b = Cũi trẻ em cỡ tiêu chuẩn và không theo cỡ tiêu chuẩn

# Full-size and non-full-size cribs (summary)
summary-0f591f25e5 = Cũi trẻ em cỡ tiêu chuẩn (full-size) và không theo cỡ tiêu chuẩn (non-full-size) phải đáp ứng các tiêu chuẩn an toàn bắt buộc của Hoa Kỳ, và mỗi chiếc cũi phải kèm theo một { -registration-card } dành cho người tiêu dùng.

# Full-size and non-full-size cribs (learning objective)
objective-96707f80ab = Nêu được quy định áp dụng cho { -full-size-crib } và quy định áp dụng cho { -non-full-size-crib }.

# Full-size and non-full-size cribs (learning objective)
objective-568c8c65e5 = Giải thích được những ai phải tuân thủ các quy định về cũi, kể cả cơ sở giữ trẻ và khách sạn.

# Full-size and non-full-size cribs (learning objective)
objective-7928d3d362 = Giải thích được các nghĩa vụ thử nghiệm và chứng nhận đối với cũi.

# Full-size and non-full-size cribs (learning objective)
objective-1fb71c7f21 = Chuẩn bị được { -registration-card } và các dấu hiệu cố định cho từng chiếc cũi.

# Full-size and non-full-size cribs (paragraph)
p-c32429e871 = Cũi là sản phẩm bền dùng cho trẻ sơ sinh hoặc trẻ mới biết đi. Luật pháp Hoa Kỳ đặt ra các tiêu chuẩn an toàn bắt buộc cho loại sản phẩm này. Học phần này giải thích hai quy định về cũi, những ai phải tuân thủ và { -registration-card } phải kèm theo mỗi chiếc cũi.

# Full-size and non-full-size cribs › The two crib rules (heading)
h-8940493553 = Hai quy định về cũi

# Full-size and non-full-size cribs › The two crib rules (table cell)
td-fb9ef89417 = Sản phẩm

# Full-size and non-full-size cribs › The two crib rules (table cell)
td-62845f31a2 = Quy định

# Full-size and non-full-size cribs › The two crib rules (table cell)
td-e90a77266e = Dựa trên

# Full-size and non-full-size cribs › The two crib rules (table cell)
td-6496ea9d92 = Cũi trẻ em cỡ tiêu chuẩn

# Full-size and non-full-size cribs › The two crib rules (table cell)
td-d962d1c544 = 16 CFR 1219

# Full-size and non-full-size cribs › The two crib rules (table cell)
td-647b32c527 = ASTM F1169

# Full-size and non-full-size cribs › The two crib rules (table cell)
td-a5f3dddb66 = Cũi trẻ em không theo cỡ tiêu chuẩn

# Full-size and non-full-size cribs › The two crib rules (table cell)
td-32970fd515 = 16 CFR 1220

# Full-size and non-full-size cribs › The two crib rules (table cell)
td-a70ac9d1a9 = ASTM F406

# Full-size and non-full-size cribs › The two crib rules (paragraph)
p-a9557af476 = CPSC ban hành cả hai quy định trong một quy định cuối cùng ngày 28 tháng 12 năm 2010. CPSC thực hiện việc này theo mục 104(b) của Đạo luật Cải thiện An toàn Sản phẩm Tiêu dùng (CPSIA). Mục 104(b) yêu cầu CPSC ban hành các tiêu chuẩn về cơ bản giống với các tiêu chuẩn ASTM tự nguyện, hoặc nghiêm ngặt hơn. Mục này cũng quy định quy trình cập nhật các quy định khi ASTM sửa đổi tiêu chuẩn của mình.

# Full-size and non-full-size cribs › The two crib rules (paragraph)
p-68c1e6835e = Quy định năm 2010 đã đưa các phiên bản trước đây của các tiêu chuẩn ASTM này vào áp dụng, với một số thay đổi. Từ đó đến nay, cả hai quy định đều đã được cập nhật:

# Full-size and non-full-size cribs › The two crib rules (list item)
li-2042abc1dd = Quy định về { -non-full-size-crib } hiện áp dụng ASTM F406-24. Bản cập nhật này có hiệu lực từ ngày 5 tháng 4 năm 2025.

# Full-size and non-full-size cribs › The two crib rules (list item)
li-786bd04ab6 = Một quy định cuối cùng trực tiếp ngày 4 tháng 5 năm 2026 đã cập nhật quy định về { -full-size-crib } theo ASTM F1169-25[^f1169]. Quy định này ấn định ngày có hiệu lực là ngày 1 tháng 8 năm 2026, trừ khi CPSC rút lại quy định sau khi nhận được ý kiến phản đối đáng kể. ASTM F1169-25 bổ sung các yêu cầu đối với { -full-size-crib } có thành bằng lưới hoặc vải.

# Full-size and non-full-size cribs › The two crib rules (paragraph)
p-05efd3d96d = Quy định này là 91 FR 23908, hồ sơ CPSC-2010-0075.

# Full-size and non-full-size cribs › The two crib rules (paragraph)
p-9c8518c1b6 = Các tiêu chuẩn ASTM được sửa đổi theo thời gian. Trước khi thử nghiệm cũi, hãy kiểm tra trên eCFR xem 16 CFR 1219 hoặc 1220 hiện đang viện dẫn phiên bản nào. Thống nhất kế hoạch thử nghiệm với { -importer }.

# Full-size and non-full-size cribs › The two crib rules (paragraph)
p-c606644f01 = Một số sản phẩm tương tự có quy định riêng. Cũi chơi (play yard) tuân theo 16 CFR 1221. Quy định này sử dụng ASTM F406 nhưng không bao gồm các phần chỉ áp dụng cho { -non-full-size-crib }. Nệm cũi tuân theo 16 CFR 1241.

# Full-size and non-full-size cribs › New and used cribs (heading)
h-07da977400 = Cũi mới và cũi đã qua sử dụng

# Full-size and non-full-size cribs › New and used cribs (paragraph)
p-ba149473b7 = Các quy định về cũi có hiệu lực từ ngày 28 tháng 6 năm 2011 đối với nhà sản xuất, nhà bán lẻ và các đối tượng khác. Các quy định này áp dụng cho cả cũi đã qua sử dụng lẫn cũi mới (mục 104(c) của CPSIA).

# Full-size and non-full-size cribs › New and used cribs (paragraph)
p-ac9cf952c5 = Các quy định này cũng áp dụng cho bất kỳ ai cho thuê hoặc cho thuê lại cũi. Chúng cũng áp dụng cho bất kỳ ai đưa cũi ra thị trường theo cách khác.

# Full-size and non-full-size cribs › Child care facilities and hotels (heading)
h-38b8165ff3 = Cơ sở giữ trẻ và khách sạn

# Full-size and non-full-size cribs › Child care facilities and hotels (paragraph)
p-3cdb343fd3 = Các quy định về cũi cũng áp dụng cho những nơi sử dụng cũi cho con của người khác:

# Full-size and non-full-size cribs › Child care facilities and hotels (list item)
li-6728dd22a6 = cơ sở giữ trẻ;

# Full-size and non-full-size cribs › Child care facilities and hotels (list item)
li-b0d634cd94 = nhóm giữ trẻ tại gia đình;

# Full-size and non-full-size cribs › Child care facilities and hotels (list item)
li-475ca96abd = cơ sở lưu trú công cộng, ví dụ khách sạn.

# Full-size and non-full-size cribs › Child care facilities and hotels (paragraph)
p-7b6dfd17a6 = Những nơi này phải tuân thủ chậm nhất vào ngày 28 tháng 12 năm 2012.

# Full-size and non-full-size cribs › Child care facilities and hotels (paragraph)
p-4e6f683408 = Một số người mua cũi là cơ sở giữ trẻ, khách sạn và doanh nghiệp cho thuê cũi. Những chiếc cũi họ sử dụng cũng phải đáp ứng các quy định.

# Full-size and non-full-size cribs › Testing and certificates (heading)
h-ea5727a1d6 = Thử nghiệm và chứng nhận

# Full-size and non-full-size cribs › Testing and certificates (paragraph)
p-0f0748b25a = Các quy định về cũi là quy định an toàn { -childrens-product }. Vì vậy, mỗi mẫu cũi cần có:

# Full-size and non-full-size cribs › Testing and certificates (list item)
li-617c67c7a7 = thử nghiệm tại một { -cpsc-accepted-lab } (bên thứ ba);

# Full-size and non-full-size cribs › Testing and certificates (list item)
li-a324280318 = một { -cpc };

# Full-size and non-full-size cribs › Testing and certificates (list item)
li-b10f145461 = một { -registration-card } dành cho người tiêu dùng.

# Full-size and non-full-size cribs › Testing and certificates (paragraph)
p-aacdb728be = Đối với cũi sản xuất ở nước ngoài, { -importer } lập CPC. Giấy chứng nhận và các báo cáo thử nghiệm phải được lập bằng tiếng Anh. Đối với hàng nhập khẩu, dữ liệu của giấy chứng nhận phải được nộp điện tử khi làm thủ tục nhập khẩu. Yêu cầu này áp dụng từ ngày 8 tháng 7 năm 2026. Đối với sản phẩm từ khu ngoại thương (foreign trade zone), yêu cầu áp dụng từ ngày 8 tháng 1 năm 2027.

# Full-size and non-full-size cribs › Testing and certificates (paragraph)
p-ba889d9ab5 = Một { -material-change } về thiết kế, quy trình sản xuất hoặc nguồn cung linh kiện có thể ảnh hưởng đến sự tuân thủ. Khi đó, cũi cần { -third-party-testing } mới và một CPC mới (16 CFR 1107.23(a)).

# Full-size and non-full-size cribs › Testing and certificates (paragraph)
p-07fdf8ce55 = Giống như mọi { -childrens-product }, cũi và bao bì của cũi cần có { -tracking-label } trong phạm vi khả thi. Đây là các dấu hiệu cố định. Các dấu hiệu này cho biết nhà sản xuất hoặc bên dán nhãn riêng, địa điểm và ngày sản xuất, cùng các chi tiết như số lô hoặc số mẻ sản xuất. Sản phẩm bền dùng cho trẻ sơ sinh hoặc trẻ mới biết đi còn có thêm các quy định ghi nhãn cho sản phẩm và bao bì ngoài.

# Full-size and non-full-size cribs › Registration cards (heading)
h-2b8e2b8a02 = Thẻ đăng ký sản phẩm

# Full-size and non-full-size cribs › Registration cards (paragraph)
p-1b44aff9c2 = Sản phẩm bền dùng cho trẻ sơ sinh hoặc trẻ mới biết đi cần có { -registration-card } dành cho người tiêu dùng. Quy định áp dụng là 16 CFR 1130[^1]. Đối với { -full-size-crib } và { -non-full-size-crib }, ngày phải tuân thủ là ngày 28 tháng 6 năm 2010.

# Full-size and non-full-size cribs › Registration cards (paragraph)
p-ffa0a1d97f = Quy định về { -registration-card } được công bố ngày 29 tháng 12 năm 2009 (74 FR 68668). Quy định có hiệu lực từ ngày 28 tháng 6 năm 2010.

# Full-size and non-full-size cribs › Registration cards (paragraph)
p-a4c8c4eb4d = Mỗi nhà sản xuất phải:

# Full-size and non-full-size cribs › Registration cards (list item)
li-eca1f869e9 = cung cấp kèm mỗi sản phẩm một phiếu đăng ký dành cho người tiêu dùng đã trả trước bưu phí;

# Full-size and non-full-size cribs › Registration cards (list item)
li-10882c28ef = lưu hồ sơ về những người tiêu dùng đã đăng ký;

# Full-size and non-full-size cribs › Registration cards (list item)
li-f95c85f841 = đánh dấu cố định trên sản phẩm các thông tin: tên và thông tin liên hệ của nhà sản xuất, tên và số hiệu mẫu (model), và ngày sản xuất.

# Full-size and non-full-size cribs › Registration cards (paragraph)
p-9cece9bd52 = Theo quy định này, nhà nhập khẩu được coi là nhà sản xuất.

# Full-size and non-full-size cribs › Registration cards (paragraph)
p-929c83b978 = Phiếu đăng ký phải (16 CFR 1130.5):

# Full-size and non-full-size cribs › Registration cards (list item)
li-c91230a994 = trình bày toàn bộ thông tin bắt buộc bằng tiếng Anh;

# Full-size and non-full-size cribs › Registration cards (list item)
li-ee50410b54 = được gắn vào bề mặt sản phẩm, sao cho người tiêu dùng nhất định phải nhìn thấy và cầm đến nó;

# Full-size and non-full-size cribs › Registration cards (list item)
li-8d5bd23cc1 = ghi tên nhà sản xuất, tên và số hiệu mẫu, và ngày sản xuất;

# Full-size and non-full-size cribs › Registration cards (list item)
li-37952aac5c = cung cấp cách đăng ký qua internet;

# Full-size and non-full-size cribs › Registration cards (list item)
li-aa75da0542 = nêu rõ rằng dữ liệu chỉ được sử dụng cho mục đích { -recall } hoặc cảnh báo an toàn.

# Full-size and non-full-size cribs › Registration cards (paragraph)
p-7636fca892 = Phụ kiện bán riêng không thuộc phạm vi áp dụng. Đối với một hệ thống gồm nhiều bộ phận, chỉ cần một thẻ gắn trên bộ phận chính.

# Full-size and non-full-size cribs › Registration cards (paragraph)
p-671ee87426 = Gắn thẻ vào bề mặt của cũi. Người tiêu dùng phải nhìn thấy và cầm đến thẻ. Kiểm tra để bảo đảm thẻ ghi cùng tên mẫu, số hiệu mẫu và ngày sản xuất như dấu hiệu cố định trên cũi.

# Full-size and non-full-size cribs › What to do in the factory (heading)
h-2a572bd7e4 = Việc cần làm tại nhà máy

# Full-size and non-full-size cribs › What to do in the factory (list item)
li-3f934a995d = Xác định sản phẩm là { -full-size-crib }, { -non-full-size-crib } hay { -play-yard } (play yard). Mỗi loại có quy định riêng.

# Full-size and non-full-size cribs › What to do in the factory (list item)
li-481f2a290c = Thử nghiệm theo phiên bản tiêu chuẩn ASTM mà quy định hiện đang viện dẫn.

# Full-size and non-full-size cribs › What to do in the factory (list item)
li-7af5300628 = Gửi từng mẫu cũi đến một { -cpsc-accepted-lab } (bên thứ ba) để thử nghiệm.

# Full-size and non-full-size cribs › What to do in the factory (list item)
li-d631a3f1ea = Đánh dấu cố định trên mỗi chiếc cũi các thông tin: tên và thông tin liên hệ, tên và số hiệu mẫu, và ngày sản xuất.

# Full-size and non-full-size cribs › What to do in the factory (list item)
li-7f3e11ce87 = Gắn vào mỗi chiếc cũi một { -registration-card } bằng tiếng Anh đã trả trước bưu phí.

# Full-size and non-full-size cribs › What to do in the factory (list item)
li-e8b1e3f3ac = Ghi thông tin truy xuất trên cũi và trên bao bì của cũi.

# Full-size and non-full-size cribs › What to do in the factory (list item)
li-65e3dc7b79 = Báo cho nhà nhập khẩu trước khi thay đổi thiết kế, quy trình hoặc nhà cung cấp.

# Full-size and non-full-size cribs › What to do in the factory (list item)
li-f4f53254b9 = Lưu giữ toàn bộ hồ sơ thử nghiệm. Nhà nhập khẩu cần các hồ sơ này để chứng nhận cũi.

# Full-size and non-full-size cribs › What to do in the factory (paragraph)
p-f43534ac93 = Trang web của CPSC về văn phòng tại Bắc Kinh cho biết các doanh nghiệp sản xuất ở Trung Quốc sản xuất một tỷ lệ lớn các { -childrens-product } có nguy cơ cao hơn, như quần áo, cũi và đồ dùng cho phòng trẻ. Trang này không ghi ngày. Văn phòng được thành lập vào tháng 1 năm 2011 và là văn phòng đầu tiên của CPSC ở nước ngoài.

# Full-size and non-full-size cribs › Check your knowledge (heading)
h-27544b5c12 = Kiểm tra kiến thức

# Full-size and non-full-size cribs › Check your knowledge (list item)
li-9bd08e8f3b = Quy định nào áp dụng cho { -non-full-size-crib }?

# Full-size and non-full-size cribs › Check your knowledge (list item)
li-d962d1c544 = 16 CFR 1219

# Full-size and non-full-size cribs › Check your knowledge (list item)
li-32970fd515 = 16 CFR 1220

# Full-size and non-full-size cribs › Check your knowledge (list item)
li-fcaf96e5d9 = 16 CFR 1130

# Full-size and non-full-size cribs › Check your knowledge (list item)
li-8e2c429255 = 16 CFR 1220 áp dụng cho { -non-full-size-crib }. Quy định này dựa trên ASTM F406. 16 CFR 1219 áp dụng cho { -full-size-crib }.

# Full-size and non-full-size cribs › Check your knowledge (list item)
li-16c95e8f25 = Một khách sạn đặt cũi trong các phòng khách. Những chiếc cũi này có phải đáp ứng các quy định về cũi không?

# Full-size and non-full-size cribs › Check your knowledge (list item)
li-02704f083f = Không, vì khách sạn không bán cũi.

# Full-size and non-full-size cribs › Check your knowledge (list item)
li-c59d170731 = Có. Các cơ sở lưu trú công cộng phải tuân thủ chậm nhất vào ngày 28 tháng 12 năm 2012.

# Full-size and non-full-size cribs › Check your knowledge (list item)
li-345e3007a1 = Chỉ khi cũi là cũi mới.

# Full-size and non-full-size cribs › Check your knowledge (list item)
li-547726932e = Các quy định về cũi áp dụng cho cơ sở giữ trẻ, nhóm giữ trẻ tại gia đình và cơ sở lưu trú công cộng như khách sạn. Các quy định này áp dụng cho cả cũi đã qua sử dụng lẫn cũi mới.

# Full-size and non-full-size cribs › Check your knowledge (list item)
li-114b9d7ed6 = Phiếu đăng ký phải nêu gì về dữ liệu của người tiêu dùng?

# Full-size and non-full-size cribs › Check your knowledge (list item)
li-62ee32b746 = Rằng dữ liệu có thể được bán cho các doanh nghiệp khác

# Full-size and non-full-size cribs › Check your knowledge (list item)
li-c92d93acaf = Rằng dữ liệu chỉ được sử dụng cho mục đích { -recall } hoặc cảnh báo an toàn

# Full-size and non-full-size cribs › Check your knowledge (list item)
li-67e1bca088 = Không cần nêu gì

# Full-size and non-full-size cribs › Check your knowledge (list item)
li-eb525dff18 = 16 CFR 1130.5 yêu cầu phải có tuyên bố này. Phiếu cũng phải cung cấp cách đăng ký qua internet.

# Full-size and non-full-size cribs › Check your knowledge (list item)
li-fd59b5a3f5 = Phiếu đăng ký phải trình bày thông tin bắt buộc bằng ngôn ngữ nào?

# Full-size and non-full-size cribs › Check your knowledge (list item)
li-ba118bf7fc = Tiếng Anh

# Full-size and non-full-size cribs › Check your knowledge (list item)
li-f69acb290c = Ngôn ngữ của quốc gia nơi đặt nhà máy

# Full-size and non-full-size cribs › Check your knowledge (list item)
li-fb3b2acda0 = Bất kỳ ngôn ngữ nào

# Full-size and non-full-size cribs › Check your knowledge (list item)
li-505155b9fc = Toàn bộ thông tin bắt buộc phải được trình bày bằng tiếng Anh.

# Full-size and non-full-size cribs › Sources (heading)
h-caf85b0888 = Nguồn tham khảo

# Full-size and non-full-size cribs › Sources (list item)
li-75eb680811 = { "[" }eCFR: Part 1219, { -full-size-crib }](https://www.ecfr.gov/current/title-16/part-1219)

# Full-size and non-full-size cribs › Sources (list item)
li-d46c17610f = { "[" }eCFR: Part 1220, { -non-full-size-crib }](https://www.ecfr.gov/current/title-16/part-1220)

# Full-size and non-full-size cribs › Sources (list item)
li-0e5c20d617 = { "[" }eCFR: Part 1130, { -registration-card } dành cho người tiêu dùng](https://www.ecfr.gov/current/title-16/part-1130)

# Full-size and non-full-size cribs › Sources (list item)
li-8413429241 = { "[" }Federal Register: quy định về cũi, ngày 28 tháng 12 năm 2010](http://www.gpo.gov/fdsys/pkg/FR-2010-12-28/html/2010-32178.htm)

# Full-size and non-full-size cribs › Sources (list item)
li-87fe31cba3 = { "[" }Federal Register: quy định về cũi, các ngày phải tuân thủ](http://federal.elaws.us/fr/notice/12/28/2010/2010-32178)

# Full-size and non-full-size cribs › Sources (list item)
li-20809eff7e = { "[" }Federal Register: { -non-full-size-crib }, ASTM F406-24, ngày 31 tháng 1 năm 2025](https://regulations.justia.com/regulations/fedreg/2025/01/31/2025-01721.html)

# Full-size and non-full-size cribs › Sources (list item)
li-a28e09112c = { "[" }Federal Register: { -full-size-crib }, ASTM F1169-25, ngày 4 tháng 5 năm 2026](https://www.govinfo.gov/content/pkg/FR-2026-05-04/html/2026-08632.htm)

# Full-size and non-full-size cribs › Sources (list item)
li-d734a4831f = { "[" }Federal Register: { -play-yard } (play yard), ngày 29 tháng 1 năm 2025](https://govinfo.gov/content/pkg/FR-2025-01-29/html/2025-01658.htm)

# Full-size and non-full-size cribs › Sources (list item)
li-84c53c5461 = { "[" }Federal Register: { -registration-card }, ngày 29 tháng 12 năm 2009](http://edocket.access.gpo.gov/2009/E9-30485.htm)

# Full-size and non-full-size cribs › Sources (list item)
li-48eb455674 = { "[" }CPSC: Câu hỏi thường gặp về { -registration-card }](https://www.cpsc.gov/FAQ/Registration-Cards)

# Full-size and non-full-size cribs › Sources (list item)
li-30cde9875c = { "[" }CPSC: { -cpc }](https://www.cpsc.gov/Business--Manufacturing/Testing-Certification/Childrens-Product-Certificate-CPC/)

# Full-size and non-full-size cribs › Sources (list item)
li-8842c36139 = { "[" }CPSC: { -efiling }](https://cpsc.gov/eFiling)

# Full-size and non-full-size cribs › Sources (list item)
li-c9b7cfeaa7 = { "[" }CPSC: Nhãn truy xuất](https://cpsc.gov/trackinglabel)

# Full-size and non-full-size cribs › Sources (list item)
li-f30ee94a2c = { "[" }CPSC: Văn phòng An toàn Sản phẩm Khu vực tại Bắc Kinh](http://www.cpsc.gov/Business--Manufacturing/International/CPSC-Regional-Product-Safety-Office-Beijing/)
