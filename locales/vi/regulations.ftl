### Vietnamese translation of content/regulations.yaml (regulation titles). Draft translation by the Primer team;
### not yet reviewed by a qualified translator.

# 16 CFR part 1107
title-16877c6125 = Thử nghiệm và ghi nhãn liên quan đến việc lập giấy chứng nhận sản phẩm

# 16 CFR part 1109
title-6ad736bada = Điều kiện và yêu cầu đối với việc dựa vào kết quả thử nghiệm hoặc giấy chứng nhận của bộ phận cấu thành, hoặc kết quả thử nghiệm hoặc giấy chứng nhận thành phẩm của bên khác, để đáp ứng các yêu cầu về thử nghiệm và lập giấy chứng nhận

# 16 CFR part 1110
title-9ce8ce288c = Giấy chứng nhận tuân thủ

# 16 CFR part 1112
title-232e2f1d2a = Yêu cầu đối với tổ chức đánh giá sự phù hợp bên thứ ba

# 16 CFR part 1115
title-e68324df6c = Báo cáo mối nguy sản phẩm đáng kể

# 16 CFR part 1117
title-fa77cabe92 = Báo cáo sự cố hóc nghẹn liên quan đến bi ve, bóng nhỏ, bóng bay cao su latex và các chi tiết nhỏ khác

# 16 CFR part 1120
title-2b1646e2ea = Danh sách mối nguy sản phẩm đáng kể

# 16 CFR part 1130
title-7fcf233dac = Yêu cầu về việc người tiêu dùng đăng ký sản phẩm bền dành cho trẻ sơ sinh hoặc trẻ mới biết đi

# 16 CFR part 1199
title-edc0cc53c6 = Đồ chơi trẻ em và vật dụng chăm sóc trẻ em có chứa phthalate: Hướng dẫn về các bộ phận cấu thành không tiếp cận được

# 16 CFR part 1200
title-425b712a28 = Định nghĩa sản phẩm dành cho trẻ em theo Đạo luật An toàn Sản phẩm Tiêu dùng

# 16 CFR part 1218
title-c04dad5ace = Tiêu chuẩn an toàn đối với nôi và nôi đung đưa

# 16 CFR part 1219
title-434963ece7 = Tiêu chuẩn an toàn đối với cũi trẻ em cỡ tiêu chuẩn

# 16 CFR part 1220
title-37da04b669 = Tiêu chuẩn an toàn đối với cũi trẻ em không theo cỡ tiêu chuẩn

# 16 CFR part 1221
title-f5cddfee34 = Tiêu chuẩn an toàn đối với cũi chơi

# 16 CFR part 1236
title-0df81f6519 = Tiêu chuẩn an toàn đối với sản phẩm ngủ cho trẻ sơ sinh

# 16 CFR part 1241
title-0f653e7ac6 = Tiêu chuẩn an toàn đối với nệm cũi

# 16 CFR part 1250
title-1eb9ad890c = Tiêu chuẩn an toàn đối với đồ chơi

# 16 CFR 1250.4
title-c96b52efd7 = Hạt nở trong nước

# 16 CFR 1250.5
title-01055217c6 = Phao đeo cổ

# 16 CFR part 1252
title-5167aa32bc = Sản phẩm dành cho trẻ em, đồ chơi trẻ em và vật dụng chăm sóc trẻ em: Các xác định liên quan đến chì, các nguyên tố theo ASTM F963 và phthalate đối với sản phẩm gỗ kỹ thuật

# 16 CFR part 1262
title-db43c74427 = Tiêu chuẩn an toàn đối với nam châm

# 16 CFR part 1263
title-f5ea496ef1 = Tiêu chuẩn an toàn đối với pin cúc áo hoặc pin đồng xu và sản phẩm tiêu dùng có chứa các loại pin này

# 16 CFR part 1303
title-62a6ea13ef = Cấm sơn có chứa chì và một số sản phẩm tiêu dùng có lớp sơn chứa chì

# 16 CFR part 1307
title-2c0846c5ea = Cấm đồ chơi trẻ em và vật dụng chăm sóc trẻ em có chứa các phthalate được quy định

# 16 CFR part 1308
title-31457930b0 = Cấm đồ chơi trẻ em và vật dụng chăm sóc trẻ em có chứa các phthalate được quy định: Các xác định đối với một số loại nhựa

# 16 CFR part 1500
title-020a1c3adf = Chất và vật phẩm nguy hại: Quy định về quản lý và thực thi

# 16 CFR part 1501
title-c3932b407b = Phương pháp nhận biết đồ chơi và các vật phẩm khác dành cho trẻ em dưới 3 tuổi gây nguy cơ hóc nghẹn, hít phải hoặc nuốt phải do có chi tiết nhỏ

# 16 CFR part 1512
title-fa982ef96b = Yêu cầu đối với xe đạp

# 16 CFR part 1609
title-da21c6fca2 = Văn bản Đạo luật về Vải dễ cháy năm 1953, được sửa đổi năm 1954, trước lần sửa đổi và điều chỉnh năm 1967

# 16 CFR part 1610
title-06b709689c = Tiêu chuẩn về tính dễ cháy của vải dệt may mặc

# 16 CFR part 1611
title-b38d73879b = Tiêu chuẩn về tính dễ cháy của màng nhựa vinyl

# 16 CFR part 1615
title-a6d68e474a = Tiêu chuẩn về tính dễ cháy của đồ ngủ trẻ em: Cỡ 0 đến 6X (FF 3-71)

# 16 CFR part 1616
title-b4756cbb42 = Tiêu chuẩn về tính dễ cháy của đồ ngủ trẻ em: Cỡ 7 đến 14 (FF 5-74)

# 16 CFR part 1700
title-cd3517cbf3 = Bao bì phòng ngừa ngộ độc
