### Vietnamese translation of content/audiences/malaysia.md (Malaysia). Draft translation by the Primer team;
### not yet reviewed by a qualified translator.

# Malaysia (title)
title-084504165b = Malaysia

# Malaysia (summary)
summary-2d48a3985d = Các cơ quan sở tại, ngôn ngữ đào tạo và nơi tìm các quy định của Hoa Kỳ dành cho học viên tại Malaysia.

# Malaysia › Local agencies (heading)
h-0be3ac567e = Các cơ quan sở tại

# Malaysia › Local agencies (list item)
li-6b08cf2832 = { "*" }*Bộ Thương mại Nội địa và Chi phí Sinh hoạt (KPDN).** KPDN là cơ quan quản lý về an toàn sản phẩm tiêu dùng. Tên trước đây của bộ là Bộ Thương mại Nội địa và Các vấn đề Người tiêu dùng (KPDNHEP).

# Malaysia › Local agencies (list item)
li-0cddb57853 = Các quy định về an toàn đồ chơi nằm trong Consumer Protection (Safety Standards for Toys) Regulations 2009 (Quy định Bảo vệ Người tiêu dùng về Tiêu chuẩn An toàn Đồ chơi năm 2009).

# Malaysia › Local agencies (list item)
li-9a1c0957b6 = Theo các quy định này, đồ chơi là sản phẩm dành cho trẻ em dưới 14 tuổi.

# Malaysia › Local agencies (list item)
li-3d5cecedcb = Đồ chơi cần có Giấy chứng nhận Hợp chuẩn (Certificate of Conformance) thông qua hệ thống **MYSAFE** và phải mang **dấu MC**.

# Malaysia › CPSC in the region (heading)
h-722cb187e8 = CPSC trong khu vực

# Malaysia › CPSC in the region (paragraph)
p-c04a413e34 = Văn phòng An toàn Sản phẩm Khu vực của CPSC tại Bắc Kinh đã tổ chức các buổi giới thiệu và đào tạo cho cán bộ khu vực công và khu vực tư nhân tại Trung Quốc, Hàn Quốc, Indonesia, Malaysia, Nhật Bản, Singapore và Việt Nam.

# Malaysia › Languages of this training (heading)
h-d9355ce816 = Ngôn ngữ của khóa đào tạo này

# Malaysia › Languages of this training (list item)
li-7b6e9ac25c = Bahasa Melayu

# Malaysia › Languages of this training (list item)
li-ba118bf7fc = English

# Malaysia › Languages of this training (list item)
li-9937e365aa = 简体中文

# Malaysia › Where to find the U.S. rules (heading)
h-ad0aea49d8 = Nơi tìm các quy định của Hoa Kỳ

# Malaysia › Where to find the U.S. rules (list item)
li-1eb462f0f4 = Các quy định của Hoa Kỳ về sản phẩm tiêu dùng nằm trong Tiêu đề 16 (title 16) của eCFR: [eCFR, Tiêu đề 16](https://www.ecfr.gov/current/title-16).

# Malaysia › Where to find the U.S. rules (list item)
li-b533c767c5 = CPSC cung cấp hướng dẫn cho doanh nghiệp trên trang web của mình: [Hướng dẫn của CPSC dành cho doanh nghiệp](https://www.cpsc.gov/Business--Manufacturing).

# Malaysia › Where to find the U.S. rules (list item)
li-92432af063 = { -cpc } và các báo cáo thử nghiệm kèm theo phải được lập bằng tiếng Anh.
