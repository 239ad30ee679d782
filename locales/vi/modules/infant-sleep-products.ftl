### Vietnamese translation of content/modules/infant-sleep-products.md. Draft translation by the Primer team;
### not yet reviewed by a qualified translator.

# Infant sleep products, crib mattresses, bassinets and play yards (title)
title-9a1777f2bc = Sản phẩm ngủ cho trẻ sơ sinh, { -crib-mattress }, { -bassinet } và { -play-yard }

# Infant sleep products, crib mattresses, bassinets and play yards (summary)
summary-5b6c21c79f = Các sản phẩm nơi trẻ sơ sinh ngủ phải đáp ứng các tiêu chuẩn an toàn của CPSC, và sản phẩm ngủ có mặt nằm nghiêng cũng như tấm quây cũi bị cấm tại Hoa Kỳ.

# Infant sleep products, crib mattresses, bassinets and play yards (learning objective)
objective-c8969270ad = Nêu được quy định của CPSC áp dụng cho từng loại { -infant-sleep-product }.

# Infant sleep products, crib mattresses, bassinets and play yards (learning objective)
objective-6ed433c7ff = Giải thích được những sản phẩm nào bị cấm theo Đạo luật Giấc ngủ An toàn cho Trẻ sơ sinh (Safe Sleep for Babies Act).

# Infant sleep products, crib mattresses, bassinets and play yards (learning objective)
objective-da62146c44 = Giải thích được vì sao các sản phẩm này cần { -third-party-testing }, giấy chứng nhận và { -registration-card }.

# Infant sleep products, crib mattresses, bassinets and play yards (learning objective)
objective-557512ffc6 = Lập kế hoạch các bước kiểm tra mà nhà máy thực hiện trước khi xuất hàng các sản phẩm này.

# Infant sleep products, crib mattresses, bassinets and play yards (paragraph)
p-34c3dcd793 = Các sản phẩm dùng cho giấc ngủ của trẻ sơ sinh phải đáp ứng các quy định nghiêm ngặt của Hoa Kỳ. Học phần này đề cập đến { -infant-sleep-product }, { -crib-mattress }, { -bassinet } (bassinet), nôi đung đưa (cradle) và { -play-yard } (play yard). Học phần cũng đề cập đến Đạo luật Giấc ngủ An toàn cho Trẻ sơ sinh. Cũi có quy định riêng, trong 16 CFR 1219 và 1220. Xem học phần về [cũi](cribs-full-size-and-non-full-size.md).

# Infant sleep products, crib mattresses, bassinets and play yards › How the rules are made (heading)
h-11e51bb1f8 = Các quy định được xây dựng như thế nào

# Infant sleep products, crib mattresses, bassinets and play yards › How the rules are made (paragraph)
p-0541427d4e = Mục 104 của Đạo luật Cải thiện An toàn Sản phẩm Tiêu dùng (CPSIA) áp dụng cho các sản phẩm bền dùng cho trẻ sơ sinh hoặc trẻ mới biết đi. Theo mục này, CPSC phải ban hành các tiêu chuẩn về cơ bản giống với các tiêu chuẩn ASTM tự nguyện, hoặc nghiêm ngặt hơn. Luật cũng quy định quy trình cập nhật quy định của CPSC khi ASTM sửa đổi tiêu chuẩn của mình. Vì vậy, phiên bản ASTM trong một quy định có thể thay đổi. Luôn kiểm tra văn bản hiện hành của quy định.

# Infant sleep products, crib mattresses, bassinets and play yards › How the rules are made (paragraph)
p-2c662b521d = Các quy định theo mục 104 này là quy định an toàn { -childrens-product }. Vì vậy, mỗi sản phẩm cần có:

# Infant sleep products, crib mattresses, bassinets and play yards › How the rules are made (list item)
li-1f05ed8bb7 = { -third-party-testing } tại một { -cpsc-accepted-lab };

# Infant sleep products, crib mattresses, bassinets and play yards › How the rules are made (list item)
li-a2b0f5d4b0 = một { -cpc } do { -importer } hoặc nhà sản xuất Hoa Kỳ lập;

# Infant sleep products, crib mattresses, bassinets and play yards › How the rules are made (list item)
li-b10f145461 = một { -registration-card } dành cho người tiêu dùng.

# Infant sleep products, crib mattresses, bassinets and play yards › How the rules are made (paragraph)
p-98628eab16 = Giấy chứng nhận và các báo cáo thử nghiệm phải được lập bằng tiếng Anh. CPSC có công bố một giấy chứng nhận mẫu cho { -bassinet } (bassinet).

# Infant sleep products, crib mattresses, bassinets and play yards › Which rule covers which product (heading)
h-d4a5bfd813 = Quy định nào áp dụng cho sản phẩm nào

# Infant sleep products, crib mattresses, bassinets and play yards › Which rule covers which product (table cell)
td-fb9ef89417 = Sản phẩm

# Infant sleep products, crib mattresses, bassinets and play yards › Which rule covers which product (table cell)
td-62845f31a2 = Quy định

# Infant sleep products, crib mattresses, bassinets and play yards › Which rule covers which product (table cell)
td-6b9e8b2181 = Sản phẩm ngủ cho trẻ sơ sinh

# Infant sleep products, crib mattresses, bassinets and play yards › Which rule covers which product (table cell)
td-4efc0d813e = 16 CFR 1236

# Infant sleep products, crib mattresses, bassinets and play yards › Which rule covers which product (table cell)
td-e48002383c = Nệm cũi

# Infant sleep products, crib mattresses, bassinets and play yards › Which rule covers which product (table cell)
td-4bbfcf2344 = 16 CFR 1241

# Infant sleep products, crib mattresses, bassinets and play yards › Which rule covers which product (table cell)
td-3f1019000c = Nôi và nôi đung đưa

# Infant sleep products, crib mattresses, bassinets and play yards › Which rule covers which product (table cell)
td-b16780f7f6 = 16 CFR 1218

# Infant sleep products, crib mattresses, bassinets and play yards › Which rule covers which product (table cell)
td-06c9360c8b = Cũi chơi

# Infant sleep products, crib mattresses, bassinets and play yards › Which rule covers which product (table cell)
td-790917086d = 16 CFR 1221

# Infant sleep products, crib mattresses, bassinets and play yards › Which rule covers which product (table cell)
td-b80c75e8c7 = Sản phẩm ngủ có mặt nằm nghiêng, tấm quây cũi

# Infant sleep products, crib mattresses, bassinets and play yards › Which rule covers which product (table cell)
td-05eb210744 = Bị cấm

# Infant sleep products, crib mattresses, bassinets and play yards › Infant sleep products (heading)
h-6b9e8b2181 = Sản phẩm ngủ cho trẻ sơ sinh

# Infant sleep products, crib mattresses, bassinets and play yards › Infant sleep products (paragraph)
p-6162af119d = 16 CFR 1236 áp dụng cho { -infant-sleep-product }. Đây là các sản phẩm được quảng bá hoặc dự định làm chỗ ngủ cho trẻ sơ sinh đến 5 tháng tuổi. Đó là những sản phẩm không thuộc phạm vi của bất kỳ tiêu chuẩn nào khác của CPSC về giấc ngủ của trẻ sơ sinh. Nôi ngủ đặt trên giường người lớn (in-bed sleeper) là một ví dụ. Quy định cuối cùng được công bố ngày 23 tháng 6 năm 2021. Quy định có hiệu lực từ ngày 23 tháng 6 năm 2022.

# Infant sleep products, crib mattresses, bassinets and play yards › Crib mattresses (heading)
h-e48002383c = Nệm cũi

# Infant sleep products, crib mattresses, bassinets and play yards › Crib mattresses (paragraph)
p-04da3b197d = 16 CFR 1241 áp dụng cho các loại nệm sau:

# Infant sleep products, crib mattresses, bassinets and play yards › Crib mattresses (list item)
li-1bd943adb8 = nệm dùng cho { -full-size-crib };

# Infant sleep products, crib mattresses, bassinets and play yards › Crib mattresses (list item)
li-88349045d5 = nệm dùng cho { -non-full-size-crib };

# Infant sleep products, crib mattresses, bassinets and play yards › Crib mattresses (list item)
li-74e217aaea = nệm thay thế bán rời (after-market) dùng cho { -play-yard } và cho { -non-full-size-crib }.

# Infant sleep products, crib mattresses, bassinets and play yards › Crib mattresses (paragraph)
p-ea5e597ac2 = Quy định cuối cùng được công bố ngày 15 tháng 2 năm 2022. Quy định có hiệu lực từ ngày 15 tháng 8 năm 2022.

# Infant sleep products, crib mattresses, bassinets and play yards › Bassinets and cradles (heading)
h-3f1019000c = Nôi và nôi đung đưa

# Infant sleep products, crib mattresses, bassinets and play yards › Bassinets and cradles (paragraph)
p-79c0ac2cd9 = 16 CFR 1218 là tiêu chuẩn cho { -bassinet } (bassinet) và nôi đung đưa (cradle). Quy định này có thể được cập nhật khi ASTM sửa đổi tiêu chuẩn của mình. Tài liệu đào tạo này không nêu tên phiên bản ASTM mà quy định hiện đang viện dẫn. Hãy kiểm tra văn bản hiện hành của quy định trên eCFR trước khi thử nghiệm.

# Infant sleep products, crib mattresses, bassinets and play yards › Play yards (heading)
h-06c9360c8b = Cũi chơi

# Infant sleep products, crib mattresses, bassinets and play yards › Play yards (paragraph)
p-9930e88963 = 16 CFR 1221 là tiêu chuẩn cho { -play-yard } (play yard). Tiêu chuẩn này được ban hành lần đầu ngày 29 tháng 8 năm 2012 và có hiệu lực từ ngày 28 tháng 2 năm 2013. Tiêu chuẩn sử dụng ASTM F406 nhưng không bao gồm các phần chỉ áp dụng cho { -non-full-size-crib }. Một quy định cuối cùng trực tiếp (direct final rule) ngày 29 tháng 1 năm 2025 đã cập nhật tiêu chuẩn lên ASTM F406-24. Quy định đó ấn định ngày có hiệu lực là ngày 5 tháng 4 năm 2025.

# Infant sleep products, crib mattresses, bassinets and play yards › The Safe Sleep for Babies Act (heading)
h-0a86a1bd54 = Đạo luật Giấc ngủ An toàn cho Trẻ sơ sinh

# Infant sleep products, crib mattresses, bassinets and play yards › The Safe Sleep for Babies Act (paragraph)
p-5423e0431f = Đạo luật Giấc ngủ An toàn cho Trẻ sơ sinh (Safe Sleep for Babies Act) được ký ban hành ngày 16 tháng 5 năm 2022. Kể từ 180 ngày sau ngày đó, hai loại sản phẩm là sản phẩm nguy hiểm bị cấm theo mục 8 của Đạo luật An toàn Sản phẩm Tiêu dùng.

# Infant sleep products, crib mattresses, bassinets and play yards › The Safe Sleep for Babies Act (list item)
li-cc64a5d529 = { "*" }*Sản phẩm ngủ có mặt nằm nghiêng cho trẻ sơ sinh (inclined sleeper).** Đây là các sản phẩm có mặt nằm nghiêng hơn 10 độ. Chúng được dự định, quảng bá hoặc thiết kế để làm chỗ ngủ cho trẻ sơ sinh đến 1 tuổi.

# Infant sleep products, crib mattresses, bassinets and play yards › The Safe Sleep for Babies Act (list item)
li-e2a724e072 = { "*" }*Tấm quây cũi (crib bumper).** Tấm quây cũi là bất kỳ vật liệu nào được dự định dùng để che các thành cũi nhằm ngăn chấn thương do va đập hoặc bị kẹt vào các khe hở của cũi. Khái niệm này bao gồm tấm quây có đệm, tấm chắn bằng nhựa vinyl có khung đỡ hoặc không có khung đỡ, và vỏ bọc nan cũi dọc. Khái niệm này không bao gồm tấm lót thành cũi bằng lưới không có đệm.

# Infant sleep products, crib mattresses, bassinets and play yards › The Safe Sleep for Babies Act (paragraph)
p-b453598276 = Lệnh cấm áp dụng bất kể ngày sản xuất. Sản phẩm được sản xuất trước khi có Đạo luật cũng bị cấm. Không sản xuất sản phẩm ngủ có mặt nằm nghiêng hoặc tấm quây cũi cho thị trường Hoa Kỳ. Không đóng gói tấm quây cũi kèm theo sản phẩm khác cho thị trường Hoa Kỳ.

# Infant sleep products, crib mattresses, bassinets and play yards › Registration cards and marking (heading)
h-d6175efb20 = Thẻ đăng ký sản phẩm và ghi nhãn

# Infant sleep products, crib mattresses, bassinets and play yards › Registration cards and marking (paragraph)
p-7b1d7cb5d0 = Quy định về { -registration-card } là 16 CFR 1130. Mỗi nhà sản xuất, kể cả nhà nhập khẩu, phải:

# Infant sleep products, crib mattresses, bassinets and play yards › Registration cards and marking (list item)
li-eca1f869e9 = cung cấp kèm mỗi sản phẩm một phiếu đăng ký dành cho người tiêu dùng đã trả trước bưu phí;

# Infant sleep products, crib mattresses, bassinets and play yards › Registration cards and marking (list item)
li-10882c28ef = lưu hồ sơ về những người tiêu dùng đã đăng ký;

# Infant sleep products, crib mattresses, bassinets and play yards › Registration cards and marking (list item)
li-d80c82e93d = đánh dấu cố định trên sản phẩm các thông tin: tên và thông tin liên hệ của nhà sản xuất, tên và số hiệu mẫu (model), và ngày sản xuất.

# Infant sleep products, crib mattresses, bassinets and play yards › Registration cards and marking (paragraph)
p-f8f64b181c = Đối với { -play-yard }, { -bassinet } và nôi đung đưa, quy định này được áp dụng từ ngày 28 tháng 6 năm 2010. Sau đó, { -infant-sleep-product } được bổ sung như một tiểu loại của { -bassinet } và nôi đung đưa. Nệm cũi cũng được bổ sung.

# Infant sleep products, crib mattresses, bassinets and play yards › Registration cards and marking (paragraph)
p-f9ad44d6b9 = Phiếu đăng ký phải đáp ứng 16 CFR 1130.5:

# Infant sleep products, crib mattresses, bassinets and play yards › Registration cards and marking (list item)
li-26e63730a4 = Toàn bộ thông tin bắt buộc được trình bày bằng tiếng Anh.

# Infant sleep products, crib mattresses, bassinets and play yards › Registration cards and marking (list item)
li-682bafbe1b = Phiếu được gắn vào bề mặt sản phẩm, sao cho người tiêu dùng nhất định phải nhìn thấy và cầm đến nó.

# Infant sleep products, crib mattresses, bassinets and play yards › Registration cards and marking (list item)
li-64b3163859 = Phiếu ghi tên nhà sản xuất, tên và số hiệu mẫu, và ngày sản xuất.

# Infant sleep products, crib mattresses, bassinets and play yards › Registration cards and marking (list item)
li-d3c5834e4c = Phiếu cung cấp cách đăng ký qua internet.

# Infant sleep products, crib mattresses, bassinets and play yards › Registration cards and marking (list item)
li-68fe0078cd = Phiếu nêu rõ rằng dữ liệu chỉ được sử dụng cho mục đích { -recall } hoặc cảnh báo an toàn.

# Infant sleep products, crib mattresses, bassinets and play yards › Registration cards and marking (paragraph)
p-04c8a9d0be = Các { -childrens-product } và bao bì của chúng cũng phải có { -tracking-label }. Nhãn này cho biết, ví dụ, tên nhà sản xuất, địa điểm và ngày sản xuất, và số lô hoặc số mẻ sản xuất. Sản phẩm bền dùng cho trẻ sơ sinh hoặc trẻ mới biết đi còn có thêm các quy định ghi nhãn trên sản phẩm và trên bao bì ngoài.

# Infant sleep products, crib mattresses, bassinets and play yards › Reporting problems (heading)
h-9ec1696976 = Báo cáo sự cố

# Infant sleep products, crib mattresses, bassinets and play yards › Reporting problems (paragraph)
p-0562955a39 = Trong một số trường hợp, nhà sản xuất, nhà nhập khẩu, nhà phân phối và nhà bán lẻ phải báo cáo ngay cho CPSC. Một trường hợp là khi có thông tin hỗ trợ một cách hợp lý cho kết luận rằng một sản phẩm không tuân thủ một quy định an toàn sản phẩm tiêu dùng. Các doanh nghiệp này không được chờ đến khi có người bị thương. Các quy định này nằm trong 16 CFR 1115. Nếu biết về một vấn đề, hãy báo ngay cho { -importer }.

# Infant sleep products, crib mattresses, bassinets and play yards › What to do in the factory (heading)
h-2a572bd7e4 = Việc cần làm tại nhà máy

# Infant sleep products, crib mattresses, bassinets and play yards › What to do in the factory (list item)
li-11603843d4 = Trước khi sản xuất, xác định quy định áp dụng cho từng sản phẩm.

# Infant sleep products, crib mattresses, bassinets and play yards › What to do in the factory (list item)
li-8678b606fb = Hỏi phòng thử nghiệm xem họ thử nghiệm theo phiên bản ASTM nào. Đối chiếu phiên bản đó với quy định hiện hành.

# Infant sleep products, crib mattresses, bassinets and play yards › What to do in the factory (list item)
li-453ae2d4d1 = Không sản xuất sản phẩm ngủ có mặt nằm nghiêng hoặc tấm quây cũi cho thị trường Hoa Kỳ.

# Infant sleep products, crib mattresses, bassinets and play yards › What to do in the factory (list item)
li-89d1af789e = Đánh dấu cố định trên mỗi sản phẩm các thông tin: tên và thông tin liên hệ của nhà sản xuất, tên và số hiệu mẫu, và ngày sản xuất.

# Infant sleep products, crib mattresses, bassinets and play yards › What to do in the factory (list item)
li-bdfadfa2b1 = Gắn { -registration-card } vào sản phẩm. Kiểm tra để bảo đảm thẻ được lập bằng tiếng Anh.

# Infant sleep products, crib mattresses, bassinets and play yards › What to do in the factory (list item)
li-89f17aa392 = Báo cho nhà nhập khẩu trước khi thay đổi thiết kế, quy trình hoặc vật liệu. Một { -material-change } có thể ảnh hưởng đến sự tuân thủ cần { -third-party-testing } mới và một giấy chứng nhận mới.

# Infant sleep products, crib mattresses, bassinets and play yards › What to do in the factory (list item)
li-e1618feb22 = Lưu giữ toàn bộ hồ sơ thử nghiệm. Báo ngay cho nhà nhập khẩu về mọi kết quả thử nghiệm không đạt hoặc sự cố.

# Infant sleep products, crib mattresses, bassinets and play yards › What to do in the factory (paragraph)
p-4ba1ed621d = Trang web của CPSC về văn phòng tại Bắc Kinh cho biết các doanh nghiệp ở Trung Quốc sản xuất một tỷ lệ lớn các { -childrens-product } có nguy cơ cao hơn, như quần áo, cũi và đồ dùng cho phòng trẻ. Trang này không ghi ngày. Khi CPSC biết nhà sản xuất Trung Quốc đứng sau một đợt { -recall } tự nguyện, CPSC cung cấp tên nhà sản xuất và thông báo { -recall } cho cơ quan quản lý của Trung Quốc. Nếu CPSC có tên và địa chỉ của nhà sản xuất, CPSC cũng thông báo cho nhà sản xuất đó.

# Infant sleep products, crib mattresses, bassinets and play yards › Check your knowledge (heading)
h-27544b5c12 = Kiểm tra kiến thức

# Infant sleep products, crib mattresses, bassinets and play yards › Check your knowledge (list item)
li-a0a20f6ec5 = Một sản phẩm làm chỗ ngủ cho trẻ sơ sinh đến 5 tháng tuổi. Không có tiêu chuẩn nào khác của CPSC về giấc ngủ của trẻ sơ sinh áp dụng cho sản phẩm này. Quy định nào được áp dụng?

# Infant sleep products, crib mattresses, bassinets and play yards › Check your knowledge (list item)
li-790917086d = 16 CFR 1221

# Infant sleep products, crib mattresses, bassinets and play yards › Check your knowledge (list item)
li-4efc0d813e = 16 CFR 1236

# Infant sleep products, crib mattresses, bassinets and play yards › Check your knowledge (list item)
li-4bbfcf2344 = 16 CFR 1241

# Infant sleep products, crib mattresses, bassinets and play yards › Check your knowledge (list item)
li-6701c07d4d = 16 CFR 1236 áp dụng cho các { -infant-sleep-product } không thuộc phạm vi của bất kỳ tiêu chuẩn nào khác của CPSC về giấc ngủ của trẻ sơ sinh.

# Infant sleep products, crib mattresses, bassinets and play yards › Check your knowledge (list item)
li-3dc47d0bdb = Sản phẩm nào bị cấm theo Đạo luật Giấc ngủ An toàn cho Trẻ sơ sinh?

# Infant sleep products, crib mattresses, bassinets and play yards › Check your knowledge (list item)
li-64bb913eac = Tấm quây cũi có đệm

# Infant sleep products, crib mattresses, bassinets and play yards › Check your knowledge (list item)
li-fbfb7fd93e = Tấm lót thành cũi bằng lưới không có đệm

# Infant sleep products, crib mattresses, bassinets and play yards › Check your knowledge (list item)
li-5157cb7cc1 = Cũi chơi đáp ứng 16 CFR 1221

# Infant sleep products, crib mattresses, bassinets and play yards › Check your knowledge (list item)
li-57b40c3779 = Tấm quây cũi có đệm bị cấm. Tấm lót thành cũi bằng lưới không có đệm không thuộc phạm vi lệnh cấm.

# Infant sleep products, crib mattresses, bassinets and play yards › Check your knowledge (list item)
li-da9ab3b0ab = Một sản phẩm ngủ có mặt nằm nghiêng dành cho trẻ sơ sinh (inclined sleeper) có mặt nằm nghiêng hơn 10 độ. Sản phẩm được sản xuất trước khi có Đạo luật. Sản phẩm này có được bán tại Hoa Kỳ không?

# Infant sleep products, crib mattresses, bassinets and play yards › Check your knowledge (list item)
li-ce658eb5e3 = Có, vì sản phẩm được sản xuất trước khi có Đạo luật.

# Infant sleep products, crib mattresses, bassinets and play yards › Check your knowledge (list item)
li-b6309b7edc = Có, nếu sản phẩm có { -warning-label }.

# Infant sleep products, crib mattresses, bassinets and play yards › Check your knowledge (list item)
li-1814d2c83b = Không, vì lệnh cấm áp dụng bất kể ngày sản xuất.

# Infant sleep products, crib mattresses, bassinets and play yards › Check your knowledge (list item)
li-b148637134 = Sản phẩm ngủ có mặt nằm nghiêng cho trẻ sơ sinh là sản phẩm nguy hiểm bị cấm, bất kể ngày sản xuất.

# Infant sleep products, crib mattresses, bassinets and play yards › Check your knowledge (list item)
li-0c738dbf52 = Một { -registration-card } dành cho người tiêu dùng của chiếc { -bassinet } phải đáp ứng những yêu cầu nào?

# Infant sleep products, crib mattresses, bassinets and play yards › Check your knowledge (list item)
li-de105f1fa7 = Trình bày toàn bộ thông tin bắt buộc bằng tiếng Anh.

# Infant sleep products, crib mattresses, bassinets and play yards › Check your knowledge (list item)
li-f7dabc3613 = Yêu cầu người tiêu dùng trả bưu phí.

# Infant sleep products, crib mattresses, bassinets and play yards › Check your knowledge (list item)
li-a9b3da4031 = Nêu rõ rằng dữ liệu chỉ được sử dụng cho mục đích { -recall } hoặc cảnh báo an toàn.

# Infant sleep products, crib mattresses, bassinets and play yards › Check your knowledge (list item)
li-ecd6efb671 = Cả hai yêu cầu này đều bắt buộc. Phiếu phải được trả trước bưu phí và trình bày toàn bộ thông tin bắt buộc bằng tiếng Anh. Phiếu phải nêu rõ rằng dữ liệu chỉ được sử dụng cho mục đích { -recall } hoặc cảnh báo an toàn.

# Infant sleep products, crib mattresses, bassinets and play yards › Sources (heading)
h-caf85b0888 = Nguồn tham khảo

# Infant sleep products, crib mattresses, bassinets and play yards › Sources (list item)
li-5b634cbaf9 = { "[" }eCFR: Part 1236, { -infant-sleep-product }](https://www.ecfr.gov/current/title-16/part-1236)

# Infant sleep products, crib mattresses, bassinets and play yards › Sources (list item)
li-429292259c = { "[" }eCFR: Part 1241, { -crib-mattress }](https://www.ecfr.gov/current/title-16/part-1241)

# Infant sleep products, crib mattresses, bassinets and play yards › Sources (list item)
li-3b04cc52f9 = { "[" }eCFR: Part 1218, { -bassinet } và nôi đung đưa](https://www.ecfr.gov/current/title-16/part-1218)

# Infant sleep products, crib mattresses, bassinets and play yards › Sources (list item)
li-302275d580 = { "[" }eCFR: Part 1221, { -play-yard }](https://www.ecfr.gov/current/title-16/part-1221)

# Infant sleep products, crib mattresses, bassinets and play yards › Sources (list item)
li-5cdee80e66 = { "[" }eCFR: Part 1130, { -registration-card }](https://www.ecfr.gov/current/title-16/part-1130)

# Infant sleep products, crib mattresses, bassinets and play yards › Sources (list item)
li-318ff6593c = { "[" }eCFR: Part 1115, báo cáo](https://www.ecfr.gov/current/title-16/part-1115)

# Infant sleep products, crib mattresses, bassinets and play yards › Sources (list item)
li-3824b905cf = { "[" }Federal Register: quy định về { -infant-sleep-product }, ngày 23 tháng 6 năm 2021](https://regulations.justia.com/regulations/fedreg/2021/06/23/2021-12723.html)

# Infant sleep products, crib mattresses, bassinets and play yards › Sources (list item)
li-01b9113336 = { "[" }Federal Register: quy định về { -crib-mattress }, ngày 15 tháng 2 năm 2022](https://regulations.justia.com/regulations/fedreg/2022/02/15/2022-02414.html)

# Infant sleep products, crib mattresses, bassinets and play yards › Sources (list item)
li-dcb38dafe4 = { "[" }Federal Register: quy định về { -play-yard }, ngày 29 tháng 8 năm 2012](http://www.gpo.gov/fdsys/pkg/FR-2012-08-29/html/2012-21168.htm)

# Infant sleep products, crib mattresses, bassinets and play yards › Sources (list item)
li-70ce0df7a1 = { "[" }Federal Register: cập nhật quy định về { -play-yard }, ngày 29 tháng 1 năm 2025](https://govinfo.gov/content/pkg/FR-2025-01-29/html/2025-01658.htm)

# Infant sleep products, crib mattresses, bassinets and play yards › Sources (list item)
li-8793b6f497 = { "[" }Safe Sleep for Babies Act of 2021, toàn văn](https://en.m.wikisource.org/wiki/Safe_Sleep_for_Babies_Act_of_2021)

# Infant sleep products, crib mattresses, bassinets and play yards › Sources (list item)
li-48eb455674 = { "[" }CPSC: Câu hỏi thường gặp về { -registration-card }](https://www.cpsc.gov/FAQ/Registration-Cards)

# Infant sleep products, crib mattresses, bassinets and play yards › Sources (list item)
li-353bb2c28c = { "[" }CPSC: { -cpc }](http://www.cpsc.gov/cpc)

# Infant sleep products, crib mattresses, bassinets and play yards › Sources (list item)
li-c9b7cfeaa7 = { "[" }CPSC: Nhãn truy xuất](https://cpsc.gov/trackinglabel)

# Infant sleep products, crib mattresses, bassinets and play yards › Sources (list item)
li-f30ee94a2c = { "[" }CPSC: Văn phòng An toàn Sản phẩm Khu vực tại Bắc Kinh](http://www.cpsc.gov/Business--Manufacturing/International/CPSC-Regional-Product-Safety-Office-Beijing/)

# Infant sleep products, crib mattresses, bassinets and play yards › Sources (list item)
li-5e1930f721 = { "[" }CPSC: Thông báo về các đợt { -recall } cho chính phủ Trung Quốc](http://www.cpsc.gov/Business--Manufacturing/International/Topics/Chinese-Government-Notification-of-Recalls/)
