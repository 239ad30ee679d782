### Vietnamese translation of childrens-products-and-certificates. Draft translation by the Primer team;
### not yet reviewed by a qualified translator.

# Children's products and certificates (title)
title-9b5bee27e9 = Sản phẩm dành cho trẻ em và giấy chứng nhận

# Children's products and certificates (summary)
summary-18358a5a8a = Một { -childrens-product } phải được thử nghiệm bởi { -cpsc-accepted-lab }, được chứng nhận trong { -cpc } và được gắn { -tracking-label }.

# Children's products and certificates (learning objective)
objective-90a40368b4 = Xác định một sản phẩm có phải là { -childrens-product } hay không.

# Children's products and certificates (learning objective)
objective-99d966dd40 = Kể tên 7 thành phần của { -cpc }.

# Children's products and certificates (learning objective)
objective-ee420f502b = Giải thích khi nào sản phẩm cần { -third-party-testing } mới và giấy chứng nhận mới.

# Children's products and certificates (learning objective)
objective-3b2251a5f8 = Mô tả các yêu cầu về { -tracking-label } và { -efiling }.

# Children's products and certificates (paragraph)
p-53c1f09a65 = Một { -childrens-product } phải đáp ứng các quy định an toàn của Hoa Kỳ áp dụng cho sản phẩm đó. Sản phẩm cũng phải được thử nghiệm, chứng nhận và ghi nhãn.

# Children's products and certificates › What is a children's product (heading)
h-afce076afe = Sản phẩm dành cho trẻ em là gì

# Children's products and certificates › What is a children's product (paragraph)
p-eb894becc0 = Một { -childrens-product } là sản phẩm tiêu dùng được thiết kế hoặc dự định chủ yếu dành cho trẻ em từ 12 tuổi trở xuống. Định nghĩa này nằm trong mục 3(a)(2) của Đạo luật An toàn Sản phẩm Tiêu dùng (Consumer Product Safety Act) và trong 16 CFR 1200.2.

# Children's products and certificates › What is a children's product (paragraph)
p-8c06b65dee = Bốn yếu tố quyết định một sản phẩm có chủ yếu dành cho trẻ em hay không (16 CFR 1200.2(a)(1)):

# Children's products and certificates › What is a children's product (list item)
li-58b0206d03 = Tuyên bố của nhà sản xuất về mục đích sử dụng dự kiến, bao gồm cả nhãn, nếu tuyên bố đó hợp lý.

# Children's products and certificates › What is a children's product (list item)
li-fcefa784f6 = Bao bì, cách trưng bày, quảng bá hoặc quảng cáo có giới thiệu sản phẩm là phù hợp cho trẻ em từ 12 tuổi trở xuống hay không.

# Children's products and certificates › What is a children's product (list item)
li-5b69564c25 = Người tiêu dùng có thường nhận biết sản phẩm là dành cho trẻ em từ 12 tuổi trở xuống hay không.

# Children's products and certificates › What is a children's product (list item)
li-c326d5b072 = Hướng dẫn Xác định Độ tuổi (Age Determination Guidelines) của nhân viên CPSC ban hành tháng 9 năm 2002, và mọi văn bản thay thế.

# Children's products and certificates › What is a children's product (paragraph)
p-444366eab3 = Việc xác định được thực hiện theo từng trường hợp cụ thể. Đồ chơi thuộc phạm vi các quy định về [{ -small-parts }](toys-small-parts.md) là { -childrens-product }.

# Children's products and certificates › Testing by a CPSC-accepted laboratory (heading)
h-83745dbbc9 = Thử nghiệm bởi { -cpsc-accepted-lab }

# Children's products and certificates › Testing by a CPSC-accepted laboratory (paragraph)
p-ba4bbde9f6 = Các { -childrens-product } thuộc phạm vi một quy định an toàn { -childrens-product } phải được thử nghiệm bởi một phòng thử nghiệm bên thứ ba được CPSC chấp nhận, và phải được chứng nhận. Các yêu cầu đối với những phòng thử nghiệm này nằm trong 16 CFR 1112.

# Children's products and certificates › Testing by a CPSC-accepted laboratory (paragraph)
p-8f3564d5e7 = 16 CFR 1107 quy định các quy trình thử nghiệm liên tục đối với { -childrens-product }:

# Children's products and certificates › Testing by a CPSC-accepted laboratory (list item)
li-b683642aec = { -periodic-testing };

# Children's products and certificates › Testing by a CPSC-accepted laboratory (list item)
li-af36acde5d = thử nghiệm sau khi có { -material-change } về thiết kế hoặc quy trình sản xuất.

# Children's products and certificates › Testing by a CPSC-accepted laboratory (paragraph)
p-62634363cf = Phần 1107 cũng quy định các biện pháp bảo vệ chống lại việc gây ảnh hưởng không chính đáng đến phòng thử nghiệm (16 CFR 1107.1).

# Children's products and certificates › Testing by a CPSC-accepted laboratory (paragraph)
p-ad85a1baed = Một { -material-change } là thay đổi về thiết kế, quy trình sản xuất hoặc nguồn cung cấp bộ phận cấu thành có thể ảnh hưởng đến sự tuân thủ. Sau một { -material-change }, sản phẩm cần được { -third-party-testing } mới và cần có giấy chứng nhận mới (16 CFR 1107.23(a)). Giấy chứng nhận mới không được lập cho đến khi sản phẩm đáp ứng các quy định. Nếu chỉ một bộ phận cấu thành thay đổi, doanh nghiệp có thể kết hợp kết quả thử nghiệm trước đó với các thử nghiệm mới đối với bộ phận đó.

# Children's products and certificates › Testing by a CPSC-accepted laboratory (paragraph)
p-85f9eb3e74 = Một nhà cung cấp mới cho một bộ phận cấu thành là một thay đổi về nguồn cung cấp bộ phận cấu thành. Nếu thay đổi đó có thể ảnh hưởng đến sự tuân thủ, đó là một { -material-change }. Hãy thông báo cho { -importer } trước khi thay đổi thiết kế, quy trình hoặc nhà cung cấp.

# Children's products and certificates › Testing by a CPSC-accepted laboratory (paragraph)
p-5263e158d1 = Doanh nghiệp có thể thử nghiệm một bộ phận cấu thành thay cho thành phẩm, nếu việc thử nghiệm bộ phận đó là bắt buộc hoặc đủ để đánh giá sự tuân thủ (16 CFR 1109.5(a)). Bộ phận được thử nghiệm phải giống hệt về mọi khía cạnh vật chất với bộ phận trong thành phẩm. Khi có nghi ngờ, hãy thử nghiệm thành phẩm.

# Children's products and certificates › The certificate (heading)
h-36c79acaa5 = Giấy chứng nhận

# Children's products and certificates › The certificate (paragraph)
p-1e37ed4303 = Nhà nhập khẩu Hoa Kỳ hoặc nhà sản xuất trong nước chứng nhận sự tuân thủ bằng một { -cpc } bằng văn bản. CPC dựa trên kết quả thử nghiệm đạt của một phòng thử nghiệm bên thứ ba được CPSC chấp nhận. Các quy định về giấy chứng nhận nằm trong 16 CFR 1110.

# Children's products and certificates › The certificate (paragraph)
p-787f8f68bd = 16 CFR 1110 đã được sửa đổi bằng một quy định cuối cùng ngày 8 tháng 1 năm 2025. Quy định sửa đổi có hiệu lực từ ngày 8 tháng 7 năm 2026, và từ ngày 8 tháng 1 năm 2027 đối với các lô hàng từ khu ngoại thương. Quy định áp dụng cho nhà nhập khẩu, nhà sản xuất trong nước và bên dán nhãn riêng có nghĩa vụ lập giấy chứng nhận. Học phần này mô tả giấy chứng nhận theo cách các trang về giấy chứng nhận của CPSC mô tả. Trước khi chuẩn bị giấy chứng nhận, hãy kiểm tra văn bản hiện hành của 16 CFR 1110 trên eCFR.

# Children's products and certificates › The certificate (paragraph)
p-85a6436776 = Đối với sản phẩm sản xuất ở nước ngoài, nhà nhập khẩu lập CPC. Đối với sản phẩm sản xuất tại Hoa Kỳ, nhà sản xuất Hoa Kỳ lập CPC. Phòng thử nghiệm có thể giúp soạn thảo CPC, nhưng bên chứng nhận vẫn chịu trách nhiệm pháp lý. CPC phải được cung cấp cho các nhà phân phối và nhà bán lẻ.

# Children's products and certificates › The certificate (paragraph)
p-2af1b2350b = CPC và các báo cáo thử nghiệm kèm theo phải bằng tiếng Anh. Không bắt buộc theo mẫu cụ thể nào. 7 thành phần bắt buộc phải có đầy đủ và chính xác. CPSC công bố các mẫu CPC cho một đồ chơi, một sản phẩm may mặc và một chiếc { -bassinet }.

# Children's products and certificates › The certificate (table cell)
td-4e5b548d6d = Thành phần

# Children's products and certificates › The certificate (table cell)
td-8e7ddf931c = Nội dung thể hiện

# Children's products and certificates › The certificate (table cell)
td-fb9ef89417 = Sản phẩm

# Children's products and certificates › The certificate (table cell)
td-31a1a8581f = Đủ chi tiết để đối chiếu CPC với từng sản phẩm mà nó áp dụng, và không áp dụng cho sản phẩm nào khác

# Children's products and certificates › The certificate (table cell)
td-4228aeb07c = Quy định

# Children's products and certificates › The certificate (table cell)
td-647ca8b733 = Từng quy định an toàn { -childrens-product }, được trích dẫn riêng

# Children's products and certificates › The certificate (table cell)
td-86004f1008 = Bên chứng nhận

# Children's products and certificates › The certificate (table cell)
td-9726b0e13b = Nhà nhập khẩu Hoa Kỳ hoặc nhà sản xuất trong nước: tên, địa chỉ gửi thư đầy đủ, số điện thoại

# Children's products and certificates › The certificate (table cell)
td-75964d2f03 = Người liên hệ về hồ sơ

# Children's products and certificates › The certificate (table cell)
td-16cd9dc1e6 = Người lưu giữ hồ sơ thử nghiệm: tên, địa chỉ gửi thư đầy đủ, e-mail, số điện thoại

# Children's products and certificates › The certificate (table cell)
td-8f1f17218c = Sản xuất

# Children's products and certificates › The certificate (table cell)
td-268569d872 = Ngày và địa điểm sản xuất

# Children's products and certificates › The certificate (table cell)
td-e806a291cf = Thử nghiệm

# Children's products and certificates › The certificate (table cell)
td-e4f77faceb = Ngày và địa điểm thử nghiệm

# Children's products and certificates › The certificate (table cell)
td-5e37d1bb9d = Phòng thử nghiệm

# Children's products and certificates › The certificate (table cell)
td-c3fb8823c4 = Từng phòng thử nghiệm bên thứ ba được CPSC chấp nhận mà giấy chứng nhận dựa vào

# Children's products and certificates › The certificate (paragraph)
p-a23fc9f3e0 = Một số sản phẩm được miễn thử nghiệm, theo một trường hợp miễn trừ trong quy định hoặc theo một quyết định xác định của CPSC. Ví dụ là chăn dành cho trẻ em. Doanh nghiệp vẫn phải lập CPC. CPC trích dẫn tất cả các quy định áp dụng. Thay cho tên phòng thử nghiệm, CPC ghi rõ trường hợp miễn trừ được áp dụng. Một số vật liệu không cần thử nghiệm { -lead }, nhưng vẫn phải đáp ứng [giới hạn { -lead }](lead-and-phthalates.md#limits).

# Children's products and certificates › The certificate (paragraph)
p-b780cea7e8 = Nếu giấy chứng nhận dựa vào báo cáo thử nghiệm của các bộ phận cấu thành, giấy chứng nhận cho thành phẩm phải liệt kê mọi phòng thử nghiệm và mọi trích dẫn quy định.

# Children's products and certificates › Tracking labels (heading)
h-588e1d0168 = Nhãn truy xuất

# Children's products and certificates › Tracking labels (paragraph)
p-55f963d8df = Các { -childrens-product } và bao bì của chúng phải mang các dấu hiệu nhận biết vĩnh viễn, trong phạm vi khả thi (Đạo luật An toàn Sản phẩm Tiêu dùng, mục 14(a)(5)). Các dấu hiệu này được gọi là { -tracking-label }. Nhãn phải thể hiện:

# Children's products and certificates › Tracking labels (list item)
li-8b8de6764f = tên của nhà sản xuất hoặc bên dán nhãn riêng;

# Children's products and certificates › Tracking labels (list item)
li-3470715922 = địa điểm và ngày sản xuất;

# Children's products and certificates › Tracking labels (list item)
li-e2d219ac42 = thông tin chi tiết về quy trình sản xuất, chẳng hạn như số lô hoặc số mẻ sản xuất;

# Children's products and certificates › Tracking labels (list item)
li-302a560ee7 = mọi thông tin khác giúp tìm ra nguồn gốc cụ thể của sản phẩm.

# Children's products and certificates › Tracking labels (paragraph)
p-cf53363818 = Thông tin phải dễ thấy và dễ đọc. Thông tin không cần nằm ở một chỗ. Các dấu hiệu sẵn có có thể được tính. Trên quần áo, Số Nhận dạng Đã đăng ký (RN) của FTC có thể đáp ứng một phần yêu cầu, nhưng không phải toàn bộ.

# Children's products and certificates › Tracking labels (paragraph)
p-f0f48ff60e = Đối với sản phẩm sản xuất ở nước ngoài, nhà nhập khẩu chịu trách nhiệm về { -tracking-label }.

# Children's products and certificates › Tracking labels (paragraph)
p-2e2d7a3df2 = Các sản phẩm bền dành cho trẻ sơ sinh hoặc trẻ mới biết đi, như { -crib } và xe đẩy, có thêm các quy định về ghi nhãn và { -registration-card } (16 CFR 1130).

# Children's products and certificates › Certificate eFiling (heading)
h-fb60fb25fd = Nộp giấy chứng nhận điện tử (eFiling)

# Children's products and certificates › Certificate eFiling (paragraph)
p-ee96f72957 = Một quy định cuối cùng ngày 8 tháng 1 năm 2025 đã quy định bắt buộc { -efiling } đối với hàng nhập khẩu[^1]. Quy định áp dụng cho tất cả các sản phẩm nhập khẩu thuộc quản lý của CPSC phải được chứng nhận. Điều này bao gồm { -cpc } và Giấy chứng nhận hợp chuẩn chung (General Certificate of Conformity). Sản phẩm sản xuất tại Hoa Kỳ cũng phải được chứng nhận, nhưng giấy chứng nhận của các sản phẩm này không được nộp điện tử khi làm thủ tục nhập khẩu.

# Children's products and certificates › Certificate eFiling (paragraph)
p-e15ba62e66 = Quy định này là 90 FR 1800, hồ sơ CPSC 2013-0017. Quy định đã sửa đổi 16 CFR 1110.

# Children's products and certificates › Certificate eFiling (paragraph)
p-d62a33b501 = Nhà nhập khẩu, hoặc đại lý hải quan của mình, nộp dữ liệu giấy chứng nhận theo phương thức điện tử khi làm thủ tục nhập khẩu. Dữ liệu được chuyển đến Cơ quan Hải quan và Bảo vệ Biên giới Hoa Kỳ (CBP) thông qua Bộ thông điệp của Cơ quan Chính phủ Đối tác (Partner Government Agency (PGA) Message Set) trong ACE. Dữ liệu cũng có thể được lưu trữ trong CPSC Product Registry và được tham chiếu.

# Children's products and certificates › Certificate eFiling (table cell)
td-7cb76b4af1 = Lô hàng nhập khẩu

# Children's products and certificates › Certificate eFiling (table cell)
td-98b2042ece = Bắt buộc eFiling từ

# Children's products and certificates › Certificate eFiling (table cell)
td-5a72f56cfc = Tất cả các lô hàng nhập khẩu, trừ lô hàng từ khu ngoại thương

# Children's products and certificates › Certificate eFiling (table cell)
td-d5af4d96ee = ngày 8 tháng 7 năm 2026

# Children's products and certificates › Certificate eFiling (table cell)
td-93a6572f9a = Lô hàng từ khu ngoại thương, để tiêu dùng hoặc lưu kho

# Children's products and certificates › Certificate eFiling (table cell)
td-56358c61e0 = ngày 8 tháng 1 năm 2027

# Children's products and certificates › Certificate eFiling (paragraph)
p-0213aef8d6 = Dữ liệu là 7 thành phần bắt buộc của giấy chứng nhận. Hồ sơ của nhà máy phải hỗ trợ cho từng thành phần này.

# Children's products and certificates › Certificate eFiling (paragraph)
p-fd7ef61545 = Một câu trả lời cũ của CPSC nói rằng việc nộp CPC cho cơ quan chính phủ "not required at this time" (hiện chưa bắt buộc). Đối với hầu hết hàng nhập khẩu từ ngày 8 tháng 7 năm 2026, thông tin này đã lỗi thời.

# Children's products and certificates › What to do in the factory (heading)
h-2a572bd7e4 = Việc cần làm tại nhà máy

# Children's products and certificates › What to do in the factory (list item)
li-177c4ae1e9 = Hỏi nhà nhập khẩu về { -age-grade } và danh sách các quy định cho từng sản phẩm.

# Children's products and certificates › What to do in the factory (list item)
li-d9df4d7e41 = Chỉ sử dụng các phòng thử nghiệm bên thứ ba được CPSC chấp nhận.

# Children's products and certificates › What to do in the factory (list item)
li-d6930a85c2 = Ghi lại ngày và địa điểm sản xuất cùng số lô hoặc số mẻ của từng lô hàng.

# Children's products and certificates › What to do in the factory (list item)
li-5e61dc43de = Đặt dấu hiệu truy xuất trên sản phẩm và bao bì, theo thỏa thuận với nhà nhập khẩu.

# Children's products and certificates › What to do in the factory (list item)
li-e7d4b01dd8 = Thông báo cho nhà nhập khẩu trước mọi thay đổi về thiết kế, quy trình hoặc nhà cung cấp bộ phận cấu thành.

# Children's products and certificates › What to do in the factory (list item)
li-80a56267c4 = Không bao giờ tìm cách gây ảnh hưởng đến kết quả thử nghiệm của phòng thử nghiệm.

# Children's products and certificates › What to do in the factory (list item)
li-176bfa22d4 = Lưu giữ tất cả các báo cáo thử nghiệm bằng tiếng Anh, sẵn sàng cung cấp cho nhà nhập khẩu.

# Children's products and certificates › What to do in the factory (paragraph)
p-e618613b73 = Khi CPSC biết nhà sản xuất Trung Quốc đứng sau một vụ { -recall } tự nguyện, CPSC cung cấp tên nhà sản xuất và thông báo { -recall } cho cơ quan quản lý Trung Quốc. CPSC cũng thông báo cho nhà sản xuất, nếu có tên và địa chỉ. Từ năm 2018, nhiệm vụ của cơ quan quản lý Trung Quốc trước đây thuộc về SAMR, về chất lượng và an toàn sản phẩm, và thuộc về GACC, về kiểm tra xuất nhập khẩu. Hồ sơ lô sản xuất tốt giúp nhanh chóng tìm ra các lô bị ảnh hưởng.

# Children's products and certificates › Check your knowledge (heading)
h-27544b5c12 = Kiểm tra kiến thức

# Children's products and certificates › Check your knowledge (list item)
li-2d6476b1da = Một sản phẩm được thiết kế chủ yếu cho trẻ em 10 tuổi. Đó có phải là { -childrens-product } không?

# Children's products and certificates › Check your knowledge (list item)
li-4536ae53f1 = Có, vì sản phẩm dành cho trẻ em từ 12 tuổi trở xuống.

# Children's products and certificates › Check your knowledge (list item)
li-8112389f01 = Không, chỉ sản phẩm dành cho trẻ em dưới 3 tuổi mới là { -childrens-product }.

# Children's products and certificates › Check your knowledge (list item)
li-82153ece2e = Chỉ khi đó là đồ chơi.

# Children's products and certificates › Check your knowledge (list item)
li-594c02ef97 = Một { -childrens-product } là sản phẩm được thiết kế hoặc dự định chủ yếu dành cho trẻ em từ 12 tuổi trở xuống.

# Children's products and certificates › Check your knowledge (list item)
li-6308ed4b24 = Ai lập CPC cho một đồ chơi sản xuất tại Việt Nam và nhập khẩu vào Hoa Kỳ?

# Children's products and certificates › Check your knowledge (list item)
li-e6b0e280cc = Nhà máy

# Children's products and certificates › Check your knowledge (list item)
li-eff80c037e = Phòng thử nghiệm

# Children's products and certificates › Check your knowledge (list item)
li-9cd14423a6 = Nhà nhập khẩu Hoa Kỳ

# Children's products and certificates › Check your knowledge (list item)
li-6b969f7557 = Đối với sản phẩm sản xuất ở nước ngoài, nhà nhập khẩu lập CPC và chịu trách nhiệm pháp lý về CPC đó.

# Children's products and certificates › Check your knowledge (list item)
li-fcbed22ce5 = Một nhà máy thay đổi nhà cung cấp sơn. Thay đổi này có thể ảnh hưởng đến sự tuân thủ. Cần làm gì?

# Children's products and certificates › Check your knowledge (list item)
li-78cfbffa15 = Không cần gì, vì báo cáo thử nghiệm cũ đã đạt

# Children's products and certificates › Check your knowledge (list item)
li-31378a4dbd = Thử nghiệm bên thứ ba mới và giấy chứng nhận mới

# Children's products and certificates › Check your knowledge (list item)
li-b9c4997783 = Chỉ cần { -tracking-label } mới

# Children's products and certificates › Check your knowledge (list item)
li-c833050ed9 = Thay đổi về nguồn cung cấp bộ phận cấu thành có thể ảnh hưởng đến sự tuân thủ là một { -material-change }. Cần { -third-party-testing } mới và CPC mới.

# Children's products and certificates › Check your knowledge (list item)
li-61c9080c7d = Từ ngày nào việc { -efiling } là bắt buộc đối với lô hàng từ khu ngoại thương?

# Children's products and certificates › Check your knowledge (list item)
li-d5af4d96ee = Ngày 8 tháng 7 năm 2026

# Children's products and certificates › Check your knowledge (list item)
li-56358c61e0 = Ngày 8 tháng 1 năm 2027

# Children's products and certificates › Check your knowledge (list item)
li-677f334331 = Ngày 8 tháng 1 năm 2025

# Children's products and certificates › Check your knowledge (list item)
li-6e9fa34bde = Đối với các lô hàng khác, ngày bắt buộc là ngày 8 tháng 7 năm 2026.

# Children's products and certificates › Sources (heading)
h-caf85b0888 = Nguồn tham khảo

# Children's products and certificates › Sources (list item)
li-cbe74fd4cb = { "[" }eCFR: Part 1200, định nghĩa { -childrens-product }](https://www.ecfr.gov/current/title-16/part-1200)

# Children's products and certificates › Sources (list item)
li-837c43b9bc = { "[" }eCFR: Part 1107, thử nghiệm và chứng nhận { -childrens-product }](https://www.ecfr.gov/current/title-16/part-1107)

# Children's products and certificates › Sources (list item)
li-1a6b397484 = { "[" }eCFR: Part 1109, thử nghiệm bộ phận cấu thành](https://www.ecfr.gov/current/title-16/part-1109)

# Children's products and certificates › Sources (list item)
li-74ff8b238e = { "[" }eCFR: Part 1110, giấy chứng nhận](https://www.ecfr.gov/current/title-16/part-1110)

# Children's products and certificates › Sources (list item)
li-f8c7729576 = { "[" }eCFR: Part 1112, phòng thử nghiệm bên thứ ba](https://www.ecfr.gov/current/title-16/part-1112)

# Children's products and certificates › Sources (list item)
li-30cde9875c = { "[" }CPSC: { -cpc }](https://www.cpsc.gov/Business--Manufacturing/Testing-Certification/Childrens-Product-Certificate-CPC/)

# Children's products and certificates › Sources (list item)
li-90dfe3aff0 = { "[" }CPSC: Tổng quan về giấy chứng nhận](http://www.cpsc.gov/cpc)

# Children's products and certificates › Sources (list item)
li-056d7e4313 = { "[" }CPSC FAQ: { -cpc }](https://cpsc.gov/FAQ/Children%E2%80%99s-Product-Certificate)

# Children's products and certificates › Sources (list item)
li-c9b7cfeaa7 = { "[" }CPSC: Nhãn truy xuất](https://cpsc.gov/trackinglabel)

# Children's products and certificates › Sources (list item)
li-67a24923eb = { "[" }CPSC FAQ: Nhãn truy xuất](https://cpsc.gov/FAQ/Tracking-Label)

# Children's products and certificates › Sources (list item)
li-8842c36139 = { "[" }CPSC: { -efiling }](https://cpsc.gov/eFiling)

# Children's products and certificates › Sources (list item)
li-be5b6f1662 = { "[" }CPSC FAQ: eFiling](https://cpsc.gov/FAQ/eFiling-Frequently-Asked-Questions-FAQ)

# Children's products and certificates › Sources (list item)
li-afa25cdc0b = { "[" }Federal Register: quy định cuối cùng về eFiling, ngày 8 tháng 1 năm 2025](https://regulations.justia.com/regulations/fedreg/2025/01/08/2024-30826.html)

# Children's products and certificates › Sources (list item)
li-5e1930f721 = { "[" }CPSC: Thông báo về các đợt { -recall } cho chính phủ Trung Quốc](http://www.cpsc.gov/Business--Manufacturing/International/Topics/Chinese-Government-Notification-of-Recalls/)
