### Vietnamese translation of content/audiences/vietnam.md (Vietnam). Draft translation by the Primer team;
### not yet reviewed by a qualified translator.

# Vietnam (title)
title-2e5e81066a = Việt Nam

# Vietnam (summary)
summary-53bff70c23 = Các cơ quan sở tại, ngôn ngữ đào tạo và nơi tìm các quy định của Hoa Kỳ dành cho học viên tại Việt Nam.

# Vietnam › Local agencies (heading)
h-0be3ac567e = Các cơ quan sở tại

# Vietnam › Local agencies (list item)
li-bf2e629d18 = { "*" }*Ủy ban Tiêu chuẩn Đo lường Chất lượng Quốc gia (STAMEQ).** Ủy ban được hình thành từ Tổng cục Tiêu chuẩn Đo lường Chất lượng trước đây. Đây là cơ quan thuộc **Bộ Khoa học và Công nghệ**.

# Vietnam › Local agencies (list item)
li-4f6d4a299b = STAMEQ phụ trách các lĩnh vực tiêu chuẩn và quy chuẩn kỹ thuật, đo lường, chất lượng sản phẩm, hàng hóa, ghi nhãn, mã số mã vạch và truy xuất nguồn gốc, đánh giá sự phù hợp và công nhận.

# Vietnam › Local agencies (list item)
li-435c424963 = STAMEQ cũng là điểm hỏi đáp quốc gia về WTO/TBT.

# Vietnam › CPSC in the region (heading)
h-722cb187e8 = CPSC trong khu vực

# Vietnam › CPSC in the region (paragraph)
p-c04a413e34 = Văn phòng An toàn Sản phẩm Khu vực của CPSC tại Bắc Kinh đã tổ chức các buổi giới thiệu và đào tạo cho cán bộ khu vực công và khu vực tư nhân tại Trung Quốc, Hàn Quốc, Indonesia, Malaysia, Nhật Bản, Singapore và Việt Nam.

# Vietnam › CPSC in the region (paragraph)
p-c3b7ec0900 = CPSC cũng đã công bố tài liệu đào tạo bằng tiếng Việt về các quy định của Hoa Kỳ đối với sản phẩm dệt may.

# Vietnam › Languages of this training (heading)
h-d9355ce816 = Ngôn ngữ của khóa đào tạo này

# Vietnam › Languages of this training (list item)
li-690829f87a = Tiếng Việt

# Vietnam › Languages of this training (list item)
li-ba118bf7fc = English

# Vietnam › Where to find the U.S. rules (heading)
h-ad0aea49d8 = Nơi tìm các quy định của Hoa Kỳ

# Vietnam › Where to find the U.S. rules (list item)
li-1eb462f0f4 = Các quy định của Hoa Kỳ về sản phẩm tiêu dùng nằm trong Tiêu đề 16 (title 16) của eCFR: [eCFR, Tiêu đề 16](https://www.ecfr.gov/current/title-16).

# Vietnam › Where to find the U.S. rules (list item)
li-b533c767c5 = CPSC cung cấp hướng dẫn cho doanh nghiệp trên trang web của mình: [Hướng dẫn của CPSC dành cho doanh nghiệp](https://www.cpsc.gov/Business--Manufacturing).

# Vietnam › Where to find the U.S. rules (list item)
li-92432af063 = { -cpc } và các báo cáo thử nghiệm kèm theo phải được lập bằng tiếng Anh.
