### Vietnamese translation of content/audiences/indonesia.md (Indonesia). Draft translation by the Primer team;
### not yet reviewed by a qualified translator.

# Indonesia (title)
title-dbc74a36d8 = Indonesia

# Indonesia (summary)
summary-3719980aab = Các cơ quan sở tại, ngôn ngữ đào tạo và nơi tìm các quy định của Hoa Kỳ dành cho học viên tại Indonesia.

# Indonesia › Local agencies (heading)
h-0be3ac567e = Các cơ quan sở tại

# Indonesia › Local agencies (list item)
li-4b064e11bf = { "*" }*Cơ quan Tiêu chuẩn hóa Quốc gia (Badan Standardisasi Nasional, BSN).** BSN ban hành Tiêu chuẩn Quốc gia Indonesia (Standar Nasional Indonesia, SNI).

# Indonesia › Local agencies (list item)
li-25e88ee238 = { "*" }*Bộ Công nghiệp (Kementerian Perindustrian).** Bộ này đã quy định SNI về đồ chơi là bắt buộc thông qua quy định số 24/M-IND/PER/4/2013 và các văn bản sửa đổi. Theo các quy định này, đồ chơi là sản phẩm dành cho trẻ em từ 14 tuổi trở xuống.

# Indonesia › Local agencies (list item)
li-82e7f19670 = 6 trong số 7 tiêu chuẩn SNI về đồ chơi áp dụng các tiêu chuẩn quốc tế, chủ yếu là ISO 8124.

# Indonesia › Local agencies (list item)
li-945c21d629 = { "*" }*Bộ Thương mại (Kementerian Perdagangan).** Bộ này đã thực hiện công tác phổ biến thông tin và thực thi trên thị trường đối với đồ chơi. Đồ chơi phải mang dấu SNI từ ngày 30 tháng 4 năm 2014.

# Indonesia › CPSC in the region (heading)
h-722cb187e8 = CPSC trong khu vực

# Indonesia › CPSC in the region (paragraph)
p-c04a413e34 = Văn phòng An toàn Sản phẩm Khu vực của CPSC tại Bắc Kinh đã tổ chức các buổi giới thiệu và đào tạo cho cán bộ khu vực công và khu vực tư nhân tại Trung Quốc, Hàn Quốc, Indonesia, Malaysia, Nhật Bản, Singapore và Việt Nam.

# Indonesia › Languages of this training (heading)
h-d9355ce816 = Ngôn ngữ của khóa đào tạo này

# Indonesia › Languages of this training (list item)
li-11b8712670 = Bahasa Indonesia

# Indonesia › Languages of this training (list item)
li-ba118bf7fc = English

# Indonesia › Where to find the U.S. rules (heading)
h-ad0aea49d8 = Nơi tìm các quy định của Hoa Kỳ

# Indonesia › Where to find the U.S. rules (list item)
li-1eb462f0f4 = Các quy định của Hoa Kỳ về sản phẩm tiêu dùng nằm trong Tiêu đề 16 (title 16) của eCFR: [eCFR, Tiêu đề 16](https://www.ecfr.gov/current/title-16).

# Indonesia › Where to find the U.S. rules (list item)
li-b533c767c5 = CPSC cung cấp hướng dẫn cho doanh nghiệp trên trang web của mình: [Hướng dẫn của CPSC dành cho doanh nghiệp](https://www.cpsc.gov/Business--Manufacturing).

# Indonesia › Where to find the U.S. rules (list item)
li-92432af063 = { -cpc } và các báo cáo thử nghiệm kèm theo phải được lập bằng tiếng Anh.
