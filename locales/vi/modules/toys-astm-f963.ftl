### Vietnamese translation of toys-astm-f963. Draft translation by the Primer team;
### not yet reviewed by a qualified translator.

# Toys and ASTM F963 (title)
title-313bfd31ab = Đồ chơi và ASTM F963

# Toys and ASTM F963 (summary)
summary-a796b90f5e = Đồ chơi bán tại Hoa Kỳ phải đáp ứng tiêu chuẩn an toàn đồ chơi ASTM F963, và 16 CFR 1250 quy định phiên bản ASTM F963-23 là bắt buộc từ ngày 20 tháng 4 năm 2024.

# Toys and ASTM F963 (learning objective)
objective-9ce6de84d5 = Giải thích vì sao ASTM F963 là bắt buộc đối với đồ chơi bán tại Hoa Kỳ.

# Toys and ASTM F963 (learning objective)
objective-df27c767e7 = Nêu tên phiên bản trong 16 CFR 1250 và ngày phiên bản đó có hiệu lực.

# Toys and ASTM F963 (learning objective)
objective-2dd4867028 = Sử dụng { -age-grade } của đồ chơi để tìm các quy định áp dụng.

# Toys and ASTM F963 (learning objective)
objective-7fb2e0ec2e = Giải thích nguồn gốc của các giới hạn đối với nguyên tố nặng trong đồ chơi.

# Toys and ASTM F963 (paragraph)
p-fb279dbdec = ASTM F963 là tiêu chuẩn an toàn đồ chơi của Hoa Kỳ. Luật Hoa Kỳ quy định tiêu chuẩn này là bắt buộc. Đồ chơi phải đáp ứng tiêu chuẩn này, đồng thời phải đáp ứng các quy định khác của CPSC. Học phần này giải thích tiêu chuẩn, { -age-grade } của đồ chơi và các giới hạn đối với nguyên tố nặng.

# Toys and ASTM F963 › A mandatory standard (heading)
h-6f54602953 = Một tiêu chuẩn bắt buộc

# Toys and ASTM F963 › A mandatory standard (paragraph)
p-ce51028900 = Mục 106 của CPSIA đã quy định một phiên bản trước đây của tiêu chuẩn đồ chơi ASTM F963 là bắt buộc. Mục này cũng đặt ra thủ tục để áp dụng các phiên bản mới của tiêu chuẩn. Phiên bản bắt buộc được nêu tên trong 16 CFR 1250.2.

# Toys and ASTM F963 › A mandatory standard (paragraph)
p-41a63b48ca = Phiên bản ASTM F963-23 được thông qua bằng một quy định cuối cùng trực tiếp (direct final rule) ngày 18 tháng 1 năm 2024[^1]. Quy định này đã làm cho ASTM F963-23 trở thành bắt buộc từ ngày 20 tháng 4 năm 2024.

# Toys and ASTM F963 › A mandatory standard (paragraph)
p-5e6a2fac99 = Quy định này là 89 FR 3344, hồ sơ CPSC-2017-0010. Quy định đã thay đổi 16 CFR 1112 và 1250.

# Toys and ASTM F963 › A mandatory standard (paragraph)
p-2a02ff4840 = Học phần này đã được kiểm tra theo ASTM F963-23. Trước khi thử nghiệm, hãy kiểm tra phiên bản được nêu trong 16 CFR 1250.2 trên eCFR.

# Toys and ASTM F963 › A mandatory standard (paragraph)
p-0e43d767b7 = Cũng quy định này đã cập nhật các yêu cầu mà CPSC dùng để chấp nhận phòng thử nghiệm cho việc thử nghiệm theo ASTM F963 (16 CFR 1112). Đồ chơi dành cho trẻ em từ 12 tuổi trở xuống là { -childrens-product }. Đồ chơi đó cần được { -third-party-testing } bởi một { -cpsc-accepted-lab } và cần có { -cpc }. Xem [{ -childrens-product } và giấy chứng nhận](childrens-products-and-certificates.md).

# Toys and ASTM F963 › Part 1250 holds more than ASTM F963 (heading)
h-ee7582fc7f = Phần 1250 không chỉ gồm ASTM F963

# Toys and ASTM F963 › Part 1250 holds more than ASTM F963 (paragraph)
p-520b9b3176 = 16 CFR 1250 có tiêu đề "Safety Standard for Toys" (Tiêu chuẩn an toàn đối với đồ chơi). Mục 1250.2 của phần này quy định ASTM F963-23 là bắt buộc. Hiện nay, phần này còn có các quy định đối với một số loại đồ chơi cụ thể:

# Toys and ASTM F963 › Part 1250 holds more than ASTM F963 (list item)
li-c4fdb5e885 = Phao đeo cổ phải đáp ứng 16 CFR 1250.5 từ ngày 15 tháng 6 năm 2026[^2]. Quy định này sử dụng các phương pháp thử của ANSI/CAN/UL 12402-9:2022 và ANSI/APSP/ICC-16 2017.

# Toys and ASTM F963 › Part 1250 holds more than ASTM F963 (list item)
li-c1520f037f = Một quy định ngày 12 tháng 12 năm 2025 (90 FR 57855) cũng đã sửa đổi Phần 1250. Trước khi thử nghiệm một đồ chơi có thể thuộc phạm vi của một mục khác trong phần này, hãy đọc toàn bộ phần này trên eCFR.

# Toys and ASTM F963 › Part 1250 holds more than ASTM F963 (paragraph)
p-d970be6384 = Quy định này là 90 FR 58096 ngày 15 tháng 12 năm 2025.

# Toys and ASTM F963 › What the standard covers (heading)
h-f79a6d9b07 = Phạm vi của tiêu chuẩn

# Toys and ASTM F963 › What the standard covers (paragraph)
p-b0815de91a = ASTM F963 bao quát nhiều mối nguy của đồ chơi. Tiêu chuẩn áp dụng cho đồ chơi dành cho trẻ em dưới 14 tuổi. Hãy làm việc với phòng thử nghiệm và sử dụng bản sao của phiên bản đang có hiệu lực. Học phần này chỉ đề cập đến một vài yêu cầu của tiêu chuẩn:

# Toys and ASTM F963 › What the standard covers (list item)
li-6e4f1189a6 = Giới hạn đối với nguyên tố nặng hòa tan trong sơn, lớp phủ bề mặt và vật liệu nền. Xem phần dưới đây.

# Toys and ASTM F963 › What the standard covers (list item)
li-eff1709758 = Yêu cầu đối với { -magnet } trong đồ chơi. Quy định của Hoa Kỳ về { -magnet } đối với một số sản phẩm không phải đồ chơi, 16 CFR 1262, sử dụng phương pháp thử chỉ số từ thông của F963.

# Toys and ASTM F963 › What the standard covers (paragraph)
p-9bf9c7e198 = Đồ chơi cũng phải đáp ứng các quy định khác của CPSC. Những quy định phổ biến nhất có trong bảng này.

# Toys and ASTM F963 › What the standard covers (table cell)
td-7e61847d61 = Chủ đề

# Toys and ASTM F963 › What the standard covers (table cell)
td-bcdecc549d = Đối tượng

# Toys and ASTM F963 › What the standard covers (table cell)
td-62845f31a2 = Quy định

# Toys and ASTM F963 › What the standard covers (table cell)
td-3651cc5bce = An toàn đồ chơi

# Toys and ASTM F963 › What the standard covers (table cell)
td-e5c00fcbdc = Đồ chơi dành cho trẻ em dưới 14 tuổi

# Toys and ASTM F963 › What the standard covers (table cell)
td-684afb4292 = ASTM F963-23, 16 CFR 1250.2

# Toys and ASTM F963 › What the standard covers (table cell)
td-aca7f69010 = Chi tiết nhỏ

# Toys and ASTM F963 › What the standard covers (table cell)
td-4ab4a564cf = Trẻ em dưới 3 tuổi

# Toys and ASTM F963 › What the standard covers (table cell)
td-5bcedaee3b = 16 CFR 1501

# Toys and ASTM F963 › What the standard covers (table cell)
td-48dc026dd0 = Cảnh báo hóc nghẹn

# Toys and ASTM F963 › What the standard covers (table cell)
td-249b58c205 = Một số đồ chơi, từ 3 tuổi trở lên

# Toys and ASTM F963 › What the standard covers (table cell)
td-6e179cae6c = 16 CFR 1500.19

# Toys and ASTM F963 › What the standard covers (table cell)
td-4036f6e475 = Đầu nhọn và { -sharp-edge }

# Toys and ASTM F963 › What the standard covers (table cell)
td-81bb7de2aa = Trẻ em dưới 8 tuổi

# Toys and ASTM F963 › What the standard covers (table cell)
td-91976c717f = 16 CFR 1500.48 và 1500.49

# Toys and ASTM F963 › What the standard covers (table cell)
td-68ea99aff3 = Tổng hàm lượng chì

# Toys and ASTM F963 › What the standard covers (table cell)
td-65b062c478 = Trẻ em từ 12 tuổi trở xuống

# Toys and ASTM F963 › What the standard covers (table cell)
td-12745b62bd = CPSIA mục 101

# Toys and ASTM F963 › What the standard covers (table cell)
td-fba9c7dcda = Chì trong sơn

# Toys and ASTM F963 › What the standard covers (table cell)
td-7f7654ff4c = 16 CFR 1303

# Toys and ASTM F963 › What the standard covers (table cell)
td-4f2d1ee02d = Phthalate

# Toys and ASTM F963 › What the standard covers (table cell)
td-ed3c41feb3 = 16 CFR 1307

# Toys and ASTM F963 › What the standard covers (paragraph)
p-a7fbb107d2 = Về các giới hạn { -lead } và { -phthalates }, xem [giới hạn { -lead }](lead-and-phthalates.md#limits). Về các cảnh báo hóc nghẹn, xem [{ -small-parts }](toys-small-parts.md#warnings).

# Toys and ASTM F963 › The age grade of a toy (heading)
h-c69cefe783 = Phân loại độ tuổi của đồ chơi

# Toys and ASTM F963 › The age grade of a toy (paragraph)
p-1d0a4ad0dd = Nhiều quy định phụ thuộc vào độ tuổi của trẻ sẽ sử dụng đồ chơi. Một { -childrens-product } là sản phẩm được thiết kế hoặc dự định chủ yếu dành cho trẻ em từ 12 tuổi trở xuống (16 CFR 1200.2). Đồ chơi thuộc phạm vi các quy định về { -small-parts } là { -childrens-product }.

# Toys and ASTM F963 › The age grade of a toy (paragraph)
p-158b19ea54 = Bốn yếu tố quyết định một sản phẩm có chủ yếu dành cho trẻ em hay không. Một trong số đó là Hướng dẫn Xác định Độ tuổi (Age Determination Guidelines) của nhân viên CPSC ban hành tháng 9 năm 2002, và mọi văn bản thay thế. Cả bốn yếu tố được liệt kê trong [{ -childrens-product } và giấy chứng nhận](childrens-products-and-certificates.md).

# Toys and ASTM F963 › The age grade of a toy (paragraph)
p-189d079999 = Đối với các quy định về { -small-parts }, 16 CFR 1501.2(b) đưa ra các tiêu chí tương tự cho đồ chơi dành cho trẻ em dưới 3 tuổi:

# Toys and ASTM F963 › The age grade of a toy (list item)
li-6b04adf5b0 = ý định được nhà sản xuất công bố, nếu ý định đó hợp lý;

# Toys and ASTM F963 › The age grade of a toy (list item)
li-b18bbbb4da = việc quảng cáo, quảng bá và tiếp thị đồ chơi;

# Toys and ASTM F963 › The age grade of a toy (list item)
li-0729d838f2 = đồ chơi có thường được nhận biết là dành cho trẻ em dưới 3 tuổi hay không.

# Toys and ASTM F963 › The age grade of a toy (paragraph)
p-2edd428a3b = Chỉ riêng nhãn độ tuổi không quyết định { -age-grade }. Tuyên bố của nhà sản xuất chỉ được tính nếu hợp lý. Đồ chơi dành cho trẻ em dưới 3 tuổi không được có { -small-parts }. Các phép thử { -sharp-point } và { -sharp-edge } áp dụng cho đồ chơi dành cho trẻ em dưới 8 tuổi.

# Toys and ASTM F963 › The age grade of a toy (paragraph)
p-f58b2d951e = Đồ chơi mà chức năng cần có { -sharp-point } hoặc { -sharp-edge }, như kéo đồ chơi, có thể được miễn áp dụng 16 CFR 1500.48 và 1500.49. Đồ chơi đó không được có { -sharp-point } hoặc { -sharp-edge } không phục vụ chức năng. Đồ chơi đó cũng phải được ghi nhãn dễ thấy.

# Toys and ASTM F963 › Heavy elements (heading)
h-6d834925dc = Nguyên tố nặng

# Toys and ASTM F963 › Heavy elements (paragraph)
p-45a8c7adc5 = ASTM F963 cũng giới hạn các nguyên tố nặng hòa tan trong sơn, lớp phủ bề mặt và vật liệu nền tiếp cận được, tức là vật liệu cơ bản của đồ chơi. Các giới hạn nằm trong văn bản của tiêu chuẩn. Tài liệu đào tạo này không nhắc lại các giới hạn đó. Hãy lấy các số liệu từ một bản sao ASTM F963-23 hoặc từ { -cpsc-accepted-lab } mà cơ sở đang hợp tác.

# Toys and ASTM F963 › Heavy elements (paragraph)
p-1da8e829ef = Hai giới hạn { -lead } của Hoa Kỳ áp dụng cho mọi { -childrens-product }, kể cả đồ chơi:

# Toys and ASTM F963 › Heavy elements (table cell)
td-674b0ed54b = Giới hạn

# Toys and ASTM F963 › Heavy elements (table cell)
td-1584863a0a = 90 ppm { -lead } trong { -surface-coating }

# Toys and ASTM F963 › Heavy elements (table cell)
td-c10c1bec47 = 100 ppm { -total-lead-content } trong các bộ phận tiếp cận được

# Toys and ASTM F963 › Heavy elements (table cell)
td-22659e2793 = CPSIA

# Toys and ASTM F963 › Heavy elements (paragraph)
p-8f219681a6 = Xem [giới hạn { -lead }](lead-and-phthalates.md#limits) để biết chi tiết.

# Toys and ASTM F963 › Heavy elements (paragraph)
p-5d055f2778 = Đồ chơi phải đáp ứng cả các giới hạn của ASTM F963 và các giới hạn { -lead } của Hoa Kỳ. Hãy hỏi phòng thử nghiệm những đồ chơi nào và những vật liệu nào phải được thử nghiệm.

# Toys and ASTM F963 › What to do in the factory (heading)
h-2a572bd7e4 = Việc cần làm tại nhà máy

# Toys and ASTM F963 › What to do in the factory (list item)
li-7212b83862 = Thống nhất { -age-grade } của từng đồ chơi với nhà nhập khẩu.

# Toys and ASTM F963 › What to do in the factory (list item)
li-ae89c91287 = Kiểm tra phiên bản ASTM F963 trong 16 CFR 1250 trước khi thử nghiệm.

# Toys and ASTM F963 › What to do in the factory (list item)
li-80ec853440 = Sử dụng phòng thử nghiệm đã được CPSC chấp nhận cho việc thử nghiệm theo ASTM F963.

# Toys and ASTM F963 › What to do in the factory (list item)
li-1a0a9c86a1 = Liệt kê mọi loại sơn, lớp phủ và vật liệu tiếp cận được của từng đồ chơi.

# Toys and ASTM F963 › What to do in the factory (list item)
li-360cb1d0c4 = Thử nghiệm nguyên tố nặng hòa tan trong sơn, lớp phủ và vật liệu nền, theo yêu cầu của ASTM F963.

# Toys and ASTM F963 › What to do in the factory (list item)
li-17d428a3d6 = Thử nghiệm { -small-parts } đối với đồ chơi dành cho trẻ em dưới 3 tuổi, và thử nghiệm { -sharp-point } và { -sharp-edge } đối với đồ chơi dành cho trẻ em dưới 8 tuổi.

# Toys and ASTM F963 › What to do in the factory (list item)
li-98dec16d00 = Lưu giữ tất cả các báo cáo thử nghiệm. Nhà nhập khẩu cần các báo cáo này để lập giấy chứng nhận.

# Toys and ASTM F963 › What to do in the factory (paragraph)
p-0a5efc6fb9 = Trang web của CPSC về văn phòng của cơ quan này tại Bắc Kinh viết: "Chinese goods continue to account for over half of total CPSC-announced product recalls – and an even greater proportion of recalls of children's products." (Hàng hóa Trung Quốc tiếp tục chiếm hơn một nửa tổng số vụ { -recall } sản phẩm do CPSC công bố – và chiếm tỷ lệ còn lớn hơn trong các vụ { -recall } { -childrens-product }.) Trang này không ghi ngày, vì vậy các số liệu có thể không còn cập nhật. Thử nghiệm cẩn thận theo ASTM F963 giúp đồ chơi tránh bị { -recall }.

# Toys and ASTM F963 › Check your knowledge (heading)
h-27544b5c12 = Kiểm tra kiến thức

# Toys and ASTM F963 › Check your knowledge (list item)
li-10f22487a0 = Quy định cuối cùng trực tiếp ngày 18 tháng 1 năm 2024 đã làm gì?

# Toys and ASTM F963 › Check your knowledge (list item)
li-86dc98874e = ASTM F963 trở thành tiêu chuẩn tự nguyện.

# Toys and ASTM F963 › Check your knowledge (list item)
li-8864319147 = ASTM F963 bị hủy bỏ.

# Toys and ASTM F963 › Check your knowledge (list item)
li-81fce7f911 = ASTM F963-23 trở thành bắt buộc.

# Toys and ASTM F963 › Check your knowledge (list item)
li-c0b43ec668 = Quy định này đã đưa ASTM F963-23 vào 16 CFR 1250. Quy định cũng cập nhật các yêu cầu đối với các phòng thử nghiệm thử nghiệm theo ASTM F963.

# Toys and ASTM F963 › Check your knowledge (list item)
li-96d2f5adcb = ASTM F963-23 trở thành bắt buộc từ ngày nào?

# Toys and ASTM F963 › Check your knowledge (list item)
li-04381f0239 = Ngày 18 tháng 1 năm 2024

# Toys and ASTM F963 › Check your knowledge (list item)
li-cb73086513 = Ngày 20 tháng 4 năm 2024

# Toys and ASTM F963 › Check your knowledge (list item)
li-e90f05e72b = Ngày 14 tháng 8 năm 2011

# Toys and ASTM F963 › Check your knowledge (list item)
li-1aa841b387 = Quy định được công bố ngày 18 tháng 1 năm 2024. Quy định này làm cho ASTM F963-23 trở thành bắt buộc từ ngày 20 tháng 4 năm 2024.

# Toys and ASTM F963 › Check your knowledge (list item)
li-9206bfe10c = Giới hạn của Hoa Kỳ đối với { -lead } trong sơn của đồ chơi là bao nhiêu?

# Toys and ASTM F963 › Check your knowledge (list item)
li-a9547a5a14 = 90 ppm

# Toys and ASTM F963 › Check your knowledge (list item)
li-a1b3e5275b = 500 ppm

# Toys and ASTM F963 › Check your knowledge (list item)
li-7186d9b809 = 1.000 ppm

# Toys and ASTM F963 › Check your knowledge (list item)
li-83bea7f688 = Sơn và các lớp phủ bề mặt tương tự trên đồ chơi và các { -childrens-product } khác không được chứa quá 90 ppm { -lead } (16 CFR 1303).

# Toys and ASTM F963 › Check your knowledge (list item)
li-89690eda69 = Các quy định về { -sharp-point } và { -sharp-edge } áp dụng cho đồ chơi dành cho trẻ em nào?

# Toys and ASTM F963 › Check your knowledge (list item)
li-be03629ad8 = Chỉ trẻ em dưới 3 tuổi

# Toys and ASTM F963 › Check your knowledge (list item)
li-81bb7de2aa = Trẻ em dưới 8 tuổi

# Toys and ASTM F963 › Check your knowledge (list item)
li-65b062c478 = Trẻ em từ 12 tuổi trở xuống

# Toys and ASTM F963 › Check your knowledge (list item)
li-c5a061c749 = 16 CFR 1500.48 và 1500.49 áp dụng cho đồ chơi và vật phẩm dành cho trẻ em dưới 8 tuổi.

# Toys and ASTM F963 › Sources (heading)
h-caf85b0888 = Nguồn tham khảo

# Toys and ASTM F963 › Sources (list item)
li-d3e375abbc = { "[" }eCFR: Part 1250, an toàn đồ chơi](https://www.ecfr.gov/current/title-16/part-1250)

# Toys and ASTM F963 › Sources (list item)
li-47fed90bbc = { "[" }Federal Register: quy định cuối cùng trực tiếp về ASTM F963-23, ngày 18 tháng 1 năm 2024](https://www.govinfo.gov/content/pkg/FR-2024-01-18/html/2024-00741.htm)

# Toys and ASTM F963 › Sources (list item)
li-a445900dd1 = { "[" }Federal Register: quy định cuối cùng về phao đeo cổ, ngày 15 tháng 12 năm 2025](https://www.govinfo.gov/content/pkg/FR-2025-12-15/html/2025-22827.htm)

# Toys and ASTM F963 › Sources (list item)
li-f8c7729576 = { "[" }eCFR: Part 1112, phòng thử nghiệm bên thứ ba](https://www.ecfr.gov/current/title-16/part-1112)

# Toys and ASTM F963 › Sources (list item)
li-5e900d795e = { "[" }eCFR: Section 1200.2, định nghĩa { -childrens-product }](https://www.ecfr.gov/current/title-16/section-1200.2)

# Toys and ASTM F963 › Sources (list item)
li-bf68d9e043 = { "[" }eCFR: Section 1501.2, độ tuổi của trẻ em đối với { -small-parts }](https://www.ecfr.gov/current/title-16/section-1501.2)

# Toys and ASTM F963 › Sources (list item)
li-1b36b5728b = { "[" }eCFR: Section 1500.48, { -sharp-point }](https://www.ecfr.gov/current/title-16/section-1500.48)

# Toys and ASTM F963 › Sources (list item)
li-f0bb75d1dd = { "[" }eCFR: Section 1500.49, { -sharp-edge }](https://www.ecfr.gov/current/title-16/section-1500.49)

# Toys and ASTM F963 › Sources (list item)
li-e19cee1dc5 = { "[" }eCFR: Section 1262.4, phương pháp thử { -magnet }](https://www.ecfr.gov/current/title-16/section-1262.4)

# Toys and ASTM F963 › Sources (list item)
li-59a400fb00 = { "[" }CPSC: Hướng dẫn doanh nghiệp về { -total-lead-content }](https://cpsc.gov/Business--Manufacturing/Business-Education/Lead/Total-Lead-Content-Business-Guidance-and-Small-Entity-Compliance-Guide)

# Toys and ASTM F963 › Sources (list item)
li-b38d63eac7 = { "[" }CPSC: Câu hỏi thường gặp về { -lead } trong sơn](https://cpsc.gov/FAQ/Lead-in-Paint)

# Toys and ASTM F963 › Sources (list item)
li-f30ee94a2c = { "[" }CPSC: Văn phòng An toàn Sản phẩm Khu vực tại Bắc Kinh](http://www.cpsc.gov/Business--Manufacturing/International/CPSC-Regional-Product-Safety-Office-Beijing/)
