### Vietnamese translation of content/audiences/korea.md (Republic of Korea). Draft translation by the Primer team;
### not yet reviewed by a qualified translator.

# Republic of Korea (title)
title-ee3ba8e240 = Hàn Quốc

# Republic of Korea (summary)
summary-d5fcdaac5c = Các cơ quan sở tại, ngôn ngữ đào tạo và nơi tìm các quy định của Hoa Kỳ dành cho học viên tại Hàn Quốc.

# Republic of Korea › Local agencies (heading)
h-0be3ac567e = Các cơ quan sở tại

# Republic of Korea › Local agencies (list item)
li-d8a7034748 = { "*" }*Cơ quan Công nghệ và Tiêu chuẩn Hàn Quốc (KATS; 국가기술표준원).** KATS là cơ quan tiêu chuẩn quốc gia và cơ quan quản lý an toàn sản phẩm của Hàn Quốc.

# Republic of Korea › Local agencies (list item)
li-93aeb35fab = Sản phẩm dành cho trẻ em thuộc phạm vi điều chỉnh của Đạo luật Đặc biệt về An toàn Sản phẩm dành cho Trẻ em (어린이제품 안전 특별법). Đạo luật này áp dụng cho sản phẩm dành cho trẻ em từ 13 tuổi trở xuống.

# Republic of Korea › Local agencies (list item)
li-06a83572d4 = Sản phẩm tiêu dùng thông thường và sản phẩm điện thuộc phạm vi điều chỉnh của Đạo luật Quản lý An toàn Thiết bị Điện và Sản phẩm Tiêu dùng (전기용품 및 생활용품 안전관리법).

# Republic of Korea › Local agencies (list item)
li-65a0044042 = Cả hai đạo luật đều sử dụng **dấu KC**.

# Republic of Korea › Local agencies (paragraph)
p-2d19752f44 = KATS từng trực thuộc Bộ Thương mại, Công nghiệp và Năng lượng (산업통상자원부). Một đợt tái cơ cấu chính phủ năm 2025 đã thay đổi bộ này. Hãy kiểm tra tên hiện tại của bộ trước khi liên hệ.

# Republic of Korea › CPSC in the region (heading)
h-722cb187e8 = CPSC trong khu vực

# Republic of Korea › CPSC in the region (paragraph)
p-c04a413e34 = Văn phòng An toàn Sản phẩm Khu vực của CPSC tại Bắc Kinh đã tổ chức các buổi giới thiệu và đào tạo cho cán bộ khu vực công và khu vực tư nhân tại Trung Quốc, Hàn Quốc, Indonesia, Malaysia, Nhật Bản, Singapore và Việt Nam.

# Republic of Korea › Languages of this training (heading)
h-d9355ce816 = Ngôn ngữ của khóa đào tạo này

# Republic of Korea › Languages of this training (list item)
li-ea3252281b = 한국어

# Republic of Korea › Languages of this training (list item)
li-ba118bf7fc = English

# Republic of Korea › Where to find the U.S. rules (heading)
h-ad0aea49d8 = Nơi tìm các quy định của Hoa Kỳ

# Republic of Korea › Where to find the U.S. rules (list item)
li-1eb462f0f4 = Các quy định của Hoa Kỳ về sản phẩm tiêu dùng nằm trong Tiêu đề 16 (title 16) của eCFR: [eCFR, Tiêu đề 16](https://www.ecfr.gov/current/title-16).

# Republic of Korea › Where to find the U.S. rules (list item)
li-b533c767c5 = CPSC cung cấp hướng dẫn cho doanh nghiệp trên trang web của mình: [Hướng dẫn của CPSC dành cho doanh nghiệp](https://www.cpsc.gov/Business--Manufacturing).

# Republic of Korea › Where to find the U.S. rules (list item)
li-92432af063 = { -cpc } và các báo cáo thử nghiệm kèm theo phải được lập bằng tiếng Anh.
