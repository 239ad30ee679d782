### Vietnamese translation of content/audiences/singapore.md (Singapore). Draft translation by the Primer team;
### not yet reviewed by a qualified translator.

# Singapore (title)
title-c96dd81db1 = Singapore

# Singapore (summary)
summary-4ed27fb17f = Các cơ quan sở tại, ngôn ngữ đào tạo và nơi tìm các quy định của Hoa Kỳ dành cho học viên tại Singapore.

# Singapore › Local agencies (heading)
h-0be3ac567e = Các cơ quan sở tại

# Singapore › Local agencies (list item)
li-afce1abdb9 = { "*" }*Enterprise Singapore** là Cơ quan An toàn (Safety Authority) theo Consumer Protection (Safety Requirements) Regulations (Quy định Bảo vệ Người tiêu dùng về Yêu cầu An toàn). Các quy định này được ban hành theo Consumer Protection (Trade Descriptions and Safety Requirements) Act (Đạo luật Bảo vệ Người tiêu dùng về Mô tả Thương mại và Yêu cầu An toàn).

# Singapore › Local agencies (list item)
li-3381d69dfb = **Văn phòng An toàn Sản phẩm Tiêu dùng (Consumer Product Safety Office, CPSO)** chịu sự giám sát của Enterprise Singapore.

# Singapore › Local agencies (list item)
li-488a83be32 = Đồ chơi và sản phẩm dành cho trẻ em thuộc phạm vi điều chỉnh của Consumer Protection (Consumer Goods Safety Requirements) Regulations 2011 (Quy định Bảo vệ Người tiêu dùng về Yêu cầu An toàn Hàng tiêu dùng năm 2011).

# Singapore › Local agencies (list item)
li-acdc030c23 = Có 33 nhóm Hàng hóa được Kiểm soát (Controlled Goods), chủ yếu là các sản phẩm gia dụng dùng điện và dùng khí đốt. Các sản phẩm này phải được đăng ký với Enterprise Singapore, được thử nghiệm theo các tiêu chuẩn quy định và phải mang **dấu SAFETY**.

# Singapore › CPSC in the region (heading)
h-722cb187e8 = CPSC trong khu vực

# Singapore › CPSC in the region (paragraph)
p-c04a413e34 = Văn phòng An toàn Sản phẩm Khu vực của CPSC tại Bắc Kinh đã tổ chức các buổi giới thiệu và đào tạo cho cán bộ khu vực công và khu vực tư nhân tại Trung Quốc, Hàn Quốc, Indonesia, Malaysia, Nhật Bản, Singapore và Việt Nam.

# Singapore › Languages of this training (heading)
h-d9355ce816 = Ngôn ngữ của khóa đào tạo này

# Singapore › Languages of this training (list item)
li-ba118bf7fc = English

# Singapore › Languages of this training (list item)
li-9937e365aa = 简体中文

# Singapore › Where to find the U.S. rules (heading)
h-ad0aea49d8 = Nơi tìm các quy định của Hoa Kỳ

# Singapore › Where to find the U.S. rules (list item)
li-1eb462f0f4 = Các quy định của Hoa Kỳ về sản phẩm tiêu dùng nằm trong Tiêu đề 16 (title 16) của eCFR: [eCFR, Tiêu đề 16](https://www.ecfr.gov/current/title-16).

# Singapore › Where to find the U.S. rules (list item)
li-b533c767c5 = CPSC cung cấp hướng dẫn cho doanh nghiệp trên trang web của mình: [Hướng dẫn của CPSC dành cho doanh nghiệp](https://www.cpsc.gov/Business--Manufacturing).

# Singapore › Where to find the U.S. rules (list item)
li-92432af063 = { -cpc } và các báo cáo thử nghiệm kèm theo phải được lập bằng tiếng Anh.
