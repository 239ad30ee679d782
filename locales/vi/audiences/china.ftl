### Vietnamese translation of content/audiences/china.md (China). Draft translation by the Primer team;
### not yet reviewed by a qualified translator.

# China (title)
title-1043682903 = Trung Quốc

# China (summary)
summary-d1e6890cb2 = Các cơ quan sở tại, ngôn ngữ đào tạo và nơi tìm các quy định của Hoa Kỳ dành cho học viên tại Trung Quốc.

# China › Local agencies (heading)
h-0be3ac567e = Các cơ quan sở tại

# China › Local agencies (list item)
li-d321a197cd = { "*" }*Tổng cục Quản lý Giám sát Thị trường Nhà nước (SAMR; 国家市场监督管理总局).** SAMR được thành lập năm 2018. Cơ quan này chịu trách nhiệm về chất lượng và an toàn sản phẩm công nghiệp, đo lường, tiêu chuẩn, cũng như chứng nhận và công nhận.

# China › Local agencies (list item)
li-00715f1d38 = { "*" }*Tổng cục Hải quan (GACC; 海关总署).** GACC chịu trách nhiệm kiểm tra và kiểm dịch xuất nhập cảnh, và kiểm tra chất lượng, an toàn đối với hàng nhập khẩu và xuất khẩu.

# China › Local agencies (paragraph)
p-9fab4961fa = Năm 2018, AQSIQ bị giải thể. Công việc của cơ quan này được chuyển sang SAMR và GACC. Một số trang web của CPSC vẫn nhắc đến AQSIQ. Hãy hiểu đó là SAMR hoặc GACC.

# China › CPSC and China (heading)
h-8a65157f45 = CPSC và Trung Quốc

# China › CPSC and China (list item)
li-0ffd4f63f2 = CPSC thành lập Văn phòng An toàn Sản phẩm Khu vực tại Bắc Kinh vào tháng 1 năm 2011, đặt trong Đại sứ quán Hoa Kỳ. Đây là văn phòng đầu tiên của CPSC ở nước ngoài. Văn phòng đã tổ chức các buổi giới thiệu và đào tạo cho cán bộ khu vực công và khu vực tư nhân tại cả 7 quốc gia của khóa đào tạo này.

# China › CPSC and China (list item)
li-0862f2f47f = CPSC có một trang web bằng tiếng Trung.

# China › CPSC and China (list item)
li-a5f1003ab5 = Khi CPSC biết nhà sản xuất Trung Quốc đứng sau một đợt { -recall } tự nguyện, CPSC cung cấp tên nhà sản xuất và thông báo { -recall } cho cơ quan quản lý của Trung Quốc.

# China › Languages of this training (heading)
h-d9355ce816 = Ngôn ngữ của khóa đào tạo này

# China › Languages of this training (list item)
li-9937e365aa = 简体中文

# China › Languages of this training (list item)
li-ba118bf7fc = English

# China › Where to find the U.S. rules (heading)
h-ad0aea49d8 = Nơi tìm các quy định của Hoa Kỳ

# China › Where to find the U.S. rules (list item)
li-1eb462f0f4 = Các quy định của Hoa Kỳ về sản phẩm tiêu dùng nằm trong Tiêu đề 16 (title 16) của eCFR: [eCFR, Tiêu đề 16](https://www.ecfr.gov/current/title-16).

# China › Where to find the U.S. rules (list item)
li-b533c767c5 = CPSC cung cấp hướng dẫn cho doanh nghiệp trên trang web của mình: [Hướng dẫn của CPSC dành cho doanh nghiệp](https://www.cpsc.gov/Business--Manufacturing).

# China › Where to find the U.S. rules (list item)
li-92432af063 = { -cpc } và các báo cáo thử nghiệm kèm theo phải được lập bằng tiếng Anh.
