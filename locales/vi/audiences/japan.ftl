### Vietnamese translation of content/audiences/japan.md (Japan). Draft translation by the Primer team;
### not yet reviewed by a qualified translator.

# Japan (title)
title-647294383b = Nhật Bản

# Japan (summary)
summary-efd2153fd4 = Các cơ quan sở tại, ngôn ngữ đào tạo và nơi tìm các quy định của Hoa Kỳ dành cho học viên tại Nhật Bản.

# Japan › Local agencies (heading)
h-0be3ac567e = Các cơ quan sở tại

# Japan › Local agencies (list item)
li-65860def1f = { "*" }*Bộ Kinh tế, Thương mại và Công nghiệp (METI; 経済産業省).** METI quản lý việc thi hành Luật An toàn Sản phẩm Tiêu dùng (消費生活用製品安全法). Các sản phẩm được chỉ định phải mang **dấu PSC**. Đối với "sản phẩm chỉ định", nhà sản xuất tự kiểm tra sản phẩm. Đối với "sản phẩm chỉ định đặc biệt", sản phẩm phải được bên thứ ba đánh giá.

# Japan › Local agencies (list item)
li-1eecba76cf = { "*" }*Cơ quan Các vấn đề Người tiêu dùng (CAA).** CAA được thành lập ngày 1 tháng 9 năm 2009. Nhà sản xuất và nhà nhập khẩu phải báo cáo các sự cố sản phẩm nghiêm trọng cho CAA trong vòng 10 ngày kể từ khi biết về sự cố.

# Japan › Local agencies (list item)
li-c17353362c = Nhiều đồ chơi Nhật Bản mang **dấu ST** tự nguyện, là dấu an toàn đồ chơi của ngành. Dấu SG và các tiêu chuẩn JIS cũng được sử dụng.

# Japan › CPSC in the region (heading)
h-722cb187e8 = CPSC trong khu vực

# Japan › CPSC in the region (paragraph)
p-c04a413e34 = Văn phòng An toàn Sản phẩm Khu vực của CPSC tại Bắc Kinh đã tổ chức các buổi giới thiệu và đào tạo cho cán bộ khu vực công và khu vực tư nhân tại Trung Quốc, Hàn Quốc, Indonesia, Malaysia, Nhật Bản, Singapore và Việt Nam.

# Japan › Languages of this training (heading)
h-d9355ce816 = Ngôn ngữ của khóa đào tạo này

# Japan › Languages of this training (list item)
li-77710aedc7 = Tiếng Nhật (日本語)

# Japan › Languages of this training (list item)
li-ba118bf7fc = English

# Japan › Where to find the U.S. rules (heading)
h-ad0aea49d8 = Nơi tìm các quy định của Hoa Kỳ

# Japan › Where to find the U.S. rules (list item)
li-1eb462f0f4 = Các quy định của Hoa Kỳ về sản phẩm tiêu dùng nằm trong Tiêu đề 16 (title 16) của eCFR: [eCFR, Tiêu đề 16](https://www.ecfr.gov/current/title-16).

# Japan › Where to find the U.S. rules (list item)
li-b533c767c5 = CPSC cung cấp hướng dẫn cho doanh nghiệp trên trang web của mình: [Hướng dẫn của CPSC dành cho doanh nghiệp](https://www.cpsc.gov/Business--Manufacturing).

# Japan › Where to find the U.S. rules (list item)
li-92432af063 = { -cpc } và các báo cáo thử nghiệm kèm theo phải được lập bằng tiếng Anh.
