### Vietnamese translation of toys-sharp-edges-magnets-batteries. Draft translation by the Primer team;
### not yet reviewed by a qualified translator.

# Sharp points, sharp edges, magnets and button batteries (title)
title-7498fed225 = Đầu nhọn, { -sharp-edge }, { -magnet } và pin cúc áo

# Sharp points, sharp edges, magnets and button batteries (summary)
summary-1f6f2326b8 = Đồ chơi dành cho trẻ em dưới 8 tuổi được thử nghiệm { -sharp-point } và { -sharp-edge }; đồ chơi và một số sản phẩm khác có { -magnet } nhỏ, hoặc có { -button-battery }, phải đáp ứng các quy định đặc biệt của Hoa Kỳ.

# Sharp points, sharp edges, magnets and button batteries (learning objective)
objective-d44105b13a = Giải thích những đồ chơi nào được thử nghiệm { -sharp-point } và { -sharp-edge }.

# Sharp points, sharp edges, magnets and button batteries (learning objective)
objective-390c1c1af7 = Giải thích khi nào một đồ chơi cần có { -sharp-point } hoặc { -sharp-edge } được miễn trừ.

# Sharp points, sharp edges, magnets and button batteries (learning objective)
objective-d049a82fd6 = Nêu tên các quy định về { -magnet } trong đồ chơi và trong sản phẩm nam châm thuộc diện điều chỉnh (subject magnet products).

# Sharp points, sharp edges, magnets and button batteries (learning objective)
objective-c150439cf5 = Giải thích các quy định của Hoa Kỳ đối với sản phẩm có { -button-battery }.

# Sharp points, sharp edges, magnets and button batteries (paragraph)
p-e1076567c4 = Đầu nhọn và { -sharp-edge } trên đồ chơi có thể gây thương tích cho trẻ. Các quy định của Hoa Kỳ đặt ra các phép thử đối với chúng. Nam châm và { -button-battery } cũng có các quy định riêng của Hoa Kỳ. Học phần này giải thích các quy định đó.

# Sharp points, sharp edges, magnets and button batteries › Which rules apply (heading)
h-187a5e3271 = Những quy định nào được áp dụng

# Sharp points, sharp edges, magnets and button batteries › Which rules apply (table cell)
td-5c5f3b2772 = Mối nguy

# Sharp points, sharp edges, magnets and button batteries › Which rules apply (table cell)
td-4edc8bfafc = Sản phẩm

# Sharp points, sharp edges, magnets and button batteries › Which rules apply (table cell)
td-62845f31a2 = Quy định

# Sharp points, sharp edges, magnets and button batteries › Which rules apply (table cell)
td-78e4f26094 = Đầu nhọn

# Sharp points, sharp edges, magnets and button batteries › Which rules apply (table cell)
td-8863e7e212 = Đồ chơi và vật phẩm dành cho trẻ em dưới 8 tuổi

# Sharp points, sharp edges, magnets and button batteries › Which rules apply (table cell)
td-cc1c8c8b34 = 16 CFR 1500.48

# Sharp points, sharp edges, magnets and button batteries › Which rules apply (table cell)
td-47b05425f3 = Cạnh sắc bằng kim loại hoặc thủy tinh

# Sharp points, sharp edges, magnets and button batteries › Which rules apply (table cell)
td-bba0c65bf3 = 16 CFR 1500.49

# Sharp points, sharp edges, magnets and button batteries › Which rules apply (table cell)
td-f176079c18 = Nam châm trong đồ chơi

# Sharp points, sharp edges, magnets and button batteries › Which rules apply (table cell)
td-fd16c1f32f = Đồ chơi

# Sharp points, sharp edges, magnets and button batteries › Which rules apply (table cell)
td-41ccdd70fa = ASTM F963 (16 CFR 1250.2)

# Sharp points, sharp edges, magnets and button batteries › Which rules apply (table cell)
td-dfdca3bd47 = Nam châm trong sản phẩm nam châm thuộc diện điều chỉnh

# Sharp points, sharp edges, magnets and button batteries › Which rules apply (table cell)
td-8b8718f951 = Một số sản phẩm không phải đồ chơi (xem bên dưới)

# Sharp points, sharp edges, magnets and button batteries › Which rules apply (table cell)
td-f9c0aa89ca = 16 CFR 1262

# Sharp points, sharp edges, magnets and button batteries › Which rules apply (table cell)
td-c9369ba338 = Pin cúc áo và pin đồng xu trong đồ chơi

# Sharp points, sharp edges, magnets and button batteries › Which rules apply (table cell)
td-e5c00fcbdc = Đồ chơi dành cho trẻ em dưới 14 tuổi

# Sharp points, sharp edges, magnets and button batteries › Which rules apply (table cell)
td-0478ef8603 = Pin cúc áo và pin đồng xu trong các sản phẩm khác

# Sharp points, sharp edges, magnets and button batteries › Which rules apply (table cell)
td-870a37fb8f = Các sản phẩm tiêu dùng khác có chứa các loại pin này

# Sharp points, sharp edges, magnets and button batteries › Which rules apply (table cell)
td-6c8d8c0fce = 16 CFR 1263

# Sharp points, sharp edges, magnets and button batteries › Sharp points and sharp edges (heading)
h-fa8517b163 = Đầu nhọn và { -sharp-edge }

# Sharp points, sharp edges, magnets and button batteries › Sharp points and sharp edges (paragraph)
p-16be566b6e = Hai quy định đặt ra các phép thử kỹ thuật đối với đồ chơi và vật phẩm khác dành cho trẻ em dưới 8 tuổi:

# Sharp points, sharp edges, magnets and button batteries › Sharp points and sharp edges (list item)
li-5918cddb4c = 16 CFR 1500.48 đối với { -sharp-point };

# Sharp points, sharp edges, magnets and button batteries › Sharp points and sharp edges (list item)
li-8cdccffa41 = 16 CFR 1500.49 đối với { -sharp-edge } bằng kim loại hoặc thủy tinh.

# Sharp points, sharp edges, magnets and button batteries › Sharp points and sharp edges (paragraph)
p-aee7c352cb = Các phép thử áp dụng cho đầu nhọn và cạnh tiếp cận được. Các phép thử được áp dụng trước các phép thử sử dụng và lạm dụng. Các phép thử được áp dụng lại sau các phép thử sử dụng và lạm dụng. Vì vậy, đầu nhọn hoặc cạnh xuất hiện trong các phép thử này cũng được tính.

# Sharp points, sharp edges, magnets and button batteries › Sharp points and sharp edges (paragraph)
p-1e6a5a9a10 = Quy định về { -sharp-point } có hiệu lực từ ngày 22 tháng 12 năm 1978. Quy định về { -sharp-edge } có hiệu lực từ ngày 26 tháng 3 năm 1979.

# Sharp points, sharp edges, magnets and button batteries › Toys that need a sharp point or edge (heading)
h-cf0b7a2752 = Đồ chơi cần có { -sharp-point } hoặc { -sharp-edge }

# Sharp points, sharp edges, magnets and button batteries › Toys that need a sharp point or edge (paragraph)
p-2181d76992 = Một số đồ chơi cần có { -sharp-point } hoặc { -sharp-edge } để hoạt động. Ví dụ như kéo đồ chơi, bộ dụng cụ đồ chơi và kim của máy khâu đồ chơi. Đồ chơi như vậy chỉ được miễn các phép thử nếu đáp ứng cả hai điều kiện sau:

# Sharp points, sharp edges, magnets and button batteries › Toys that need a sharp point or edge (list item)
li-46ba02d907 = Đồ chơi không có { -sharp-point } hoặc { -sharp-edge } nào mà nó không cần cho chức năng của mình.

# Sharp points, sharp edges, magnets and button batteries › Toys that need a sharp point or edge (list item)
li-5b3d16822b = Đồ chơi được ghi nhãn dễ thấy. Điều này có nghĩa là nhãn dễ nhìn thấy.

# Sharp points, sharp edges, magnets and button batteries › Toys that need a sharp point or edge (paragraph)
p-354fbc7092 = Học phần này không đưa ra nội dung nhãn. Hãy thống nhất nhãn với { -importer }.

# Sharp points, sharp edges, magnets and button batteries › Toys that need a sharp point or edge (paragraph)
p-3b935da6ae = Việc miễn trừ cần cả hai điều kiện. Nếu kéo đồ chơi có một { -sharp-point } hoặc { -sharp-edge } mà nó không cần để hoạt động, thì không được miễn trừ. Hãy kiểm tra mọi đầu nhọn và cạnh tiếp cận được, kể cả sau các phép thử sử dụng và lạm dụng.

# Sharp points, sharp edges, magnets and button batteries › Toys that need a sharp point or edge (paragraph)
p-05cd8fc0cf = Cũi trẻ em và xe đạp được miễn áp dụng hai quy định này, vì chúng có quy định riêng. Về { -crib }, xem [{ -full-size-crib } và { -non-full-size-crib }](cribs-full-size-and-non-full-size.md).

# Sharp points, sharp edges, magnets and button batteries › Magnets (heading)
h-5333907e38 = Nam châm

# Sharp points, sharp edges, magnets and button batteries › Magnets (paragraph)
p-69a57184d4 = Nam châm trong đồ chơi và { -magnet } trong các sản phẩm khác tuân theo các quy định khác nhau. Nhiều sản phẩm có { -magnet } không thuộc phạm vi của quy định nào trong hai quy định này.

# Sharp points, sharp edges, magnets and button batteries › Magnets (paragraph)
p-e9f9b08af3 = { "*" }*Đồ chơi.** ASTM F963 là tiêu chuẩn đồ chơi bắt buộc của Hoa Kỳ. 16 CFR 1250 quy định tiêu chuẩn này là bắt buộc. Các yêu cầu về { -magnet } đối với đồ chơi nằm trong ASTM F963. Một quy định ngày 18 tháng 1 năm 2024 đã đưa phiên bản ASTM F963-23 vào. Quy định này có hiệu lực từ ngày 20 tháng 4 năm 2024.

# Sharp points, sharp edges, magnets and button batteries › Magnets (paragraph)
p-1d3ac6239a = { "*" }*Sản phẩm nam châm thuộc diện điều chỉnh.** 16 CFR 1262 là Tiêu chuẩn An toàn đối với Nam châm (Safety Standard for Magnets). Tiêu chuẩn được công bố ngày 21 tháng 9 năm 2022. Tiêu chuẩn này không áp dụng cho mọi sản phẩm không phải đồ chơi. Tiêu chuẩn chỉ áp dụng cho "sản phẩm nam châm thuộc diện điều chỉnh" (subject magnet products). Sản phẩm nam châm thuộc diện điều chỉnh là sản phẩm tiêu dùng đáp ứng tất cả các điều kiện sau:

# Sharp points, sharp edges, magnets and button batteries › Magnets (list item)
li-7f8fec7c1e = Sản phẩm được thiết kế, tiếp thị hoặc dự định dùng để giải trí, làm đồ trang sức (kể cả đồ trang sức cho trẻ em), kích thích trí tuệ hoặc giảm căng thẳng, hoặc kết hợp các mục đích này.

# Sharp points, sharp edges, magnets and button batteries › Magnets (list item)
li-06616fdaba = Sản phẩm có chứa một hoặc nhiều { -magnet } rời hoặc có thể tách rời.

# Sharp points, sharp edges, magnets and button batteries › Magnets (list item)
li-770d83c549 = Sản phẩm được sản xuất sau ngày 21 tháng 10 năm 2022.

# Sharp points, sharp edges, magnets and button batteries › Magnets (paragraph)
p-fe353cca4c = Một ví dụ là bộ { -magnet } rời cỡ nhỏ được bán cho người lớn để giảm căng thẳng.

# Sharp points, sharp edges, magnets and button batteries › Magnets (paragraph)
p-68c1d03b30 = Phần 1262 không áp dụng cho đồ chơi thuộc phạm vi 16 CFR 1250. Phần 1262 cũng không áp dụng cho sản phẩm chỉ được bán cho nhà giáo dục, nhà nghiên cứu, người hành nghề chuyên môn, hoặc người sử dụng thương mại hay công nghiệp. Phần lớn các sản phẩm khác có { -magnet } không thuộc phạm vi Phần 1262.

# Sharp points, sharp edges, magnets and button batteries › Magnets (paragraph)
p-0a62f0a6c5 = Theo 16 CFR 1262.3, mỗi { -magnet } rời hoặc có thể tách rời trong sản phẩm nam châm thuộc diện điều chỉnh mà lọt hoàn toàn vào { -small-parts-cylinder } phải có chỉ số từ thông dưới 50 kG² mm². Phương pháp thử chỉ số từ thông lấy từ ASTM F963 (16 CFR 1262.4).

# Sharp points, sharp edges, magnets and button batteries › Magnets (paragraph)
p-bfa19c5551 = ASTM F963 được sửa đổi theo thời gian. Trước khi thử nghiệm đồ chơi, hãy kiểm tra phiên bản mà 16 CFR 1250 hiện đang trích dẫn.

# Sharp points, sharp edges, magnets and button batteries › Magnets (paragraph)
p-32cc681510 = Ở đồ chơi dành cho trẻ em dưới 3 tuổi, mọi mảnh bị tách rời trong các phép thử sử dụng và lạm dụng đều được đặt vào { -small-parts-cylinder }. Điều này bao gồm cả { -magnet } và pin. Xem [{ -small-parts }](toys-small-parts.md).

# Sharp points, sharp edges, magnets and button batteries › Button and coin batteries (heading)
h-6e7eb240ad = Pin cúc áo và pin đồng xu

# Sharp points, sharp edges, magnets and button batteries › Button and coin batteries (paragraph)
p-ab924c1ebf = Luật Reese (Reese's Law) là luật của Hoa Kỳ về { -button-battery }. Quy định thực thi luật này là 16 CFR 1263. Phần 1263 áp dụng tiêu chuẩn ANSI/UL 4200A-2023. Quy định này yêu cầu:

# Sharp points, sharp edges, magnets and button batteries › Button and coin batteries (list item)
li-a95ac48f17 = ngăn chứa pin cần dùng dụng cụ, hoặc hai thao tác tay độc lập cùng lúc, để mở;

# Sharp points, sharp edges, magnets and button batteries › Button and coin batteries (list item)
li-fa48e3d0da = các phép thử sử dụng và lạm dụng;

# Sharp points, sharp edges, magnets and button batteries › Button and coin batteries (list item)
li-7e7d013ba7 = cảnh báo trên bao bì, trên sản phẩm nếu khả thi, và trong hướng dẫn sử dụng.

# Sharp points, sharp edges, magnets and button batteries › Button and coin batteries (paragraph)
p-48837934d7 = Bao bì của { -button-battery } cũng phải có khả năng chống trẻ em mở. Quy định về bao bì là 16 CFR 1700.15.

# Sharp points, sharp edges, magnets and button batteries › Button and coin batteries (paragraph)
p-ceb4c0563b = Các mốc ngày này lấy từ các quy định (16 CFR 1263.1(b) và quy định 88 FR 65274) và từ phần Câu hỏi thường gặp (FAQ) của { -cpsc }. Ngày được tính là ngày sản xuất hoặc nhập khẩu.

# Sharp points, sharp edges, magnets and button batteries › Button and coin batteries (table cell)
td-f5f5690b0e = Yêu cầu

# Sharp points, sharp edges, magnets and button batteries › Button and coin batteries (table cell)
td-a82f1ec268 = Áp dụng cho sản phẩm được sản xuất hoặc nhập khẩu

# Sharp points, sharp edges, magnets and button batteries › Button and coin batteries (table cell)
td-efbd03ccfc = Bao bì có khả năng chống trẻ em mở đối với { -button-battery }

# Sharp points, sharp edges, magnets and button batteries › Button and coin batteries (table cell)
td-0587a4ad5d = sau ngày 12 tháng 2 năm 2023

# Sharp points, sharp edges, magnets and button batteries › Button and coin batteries (table cell)
td-6b01c86ef8 = 16 CFR 1263 đối với sản phẩm có các loại pin này, kể cả { -childrens-product }

# Sharp points, sharp edges, magnets and button batteries › Button and coin batteries (table cell)
td-c12e0e227f = từ ngày 23 tháng 10 năm 2023 trở đi

# Sharp points, sharp edges, magnets and button batteries › Button and coin batteries (table cell)
td-147a3ec4c0 = Đối với { -childrens-product } có các loại pin này: { -third-party-testing } và { -cpc }

# Sharp points, sharp edges, magnets and button batteries › Button and coin batteries (table cell)
td-c4582620f6 = từ ngày 20 tháng 12 năm 2023 trở đi

# Sharp points, sharp edges, magnets and button batteries › Button and coin batteries (paragraph)
p-e7728ddb31 = { -cpsc } đã áp dụng quyền tùy nghi trong thực thi đối với hai mốc ngày sau cùng cho đến hết ngày 19 tháng 3 năm 2024. Tất cả các mốc ngày này nay đã qua. Sản phẩm được sản xuất hoặc nhập khẩu hiện nay phải tuân thủ.

# Sharp points, sharp edges, magnets and button batteries › Button and coin batteries (paragraph)
p-808850e668 = Bao bì { -button-battery } được sản xuất hoặc nhập khẩu sau ngày 21 tháng 9 năm 2024 cũng phải mang các { -warning-label } của 16 CFR 1263.4.

# Sharp points, sharp edges, magnets and button batteries › Button and coin batteries (paragraph)
p-fef0c73008 = Pin kẽm-khí không thuộc phạm vi 16 CFR 1263. Nhưng bao bì của chúng thuộc phạm vi quy định về bao bì.

# Sharp points, sharp edges, magnets and button batteries › Button and coin batteries (paragraph)
p-5658bdf7c9 = { "*" }*Đồ chơi.** Đồ chơi được miễn áp dụng 16 CFR 1263 (16 CFR 1263.1(c)). Ở đây, đồ chơi là bất kỳ vật phẩm nào được thiết kế, sản xuất hoặc tiếp thị làm đồ chơi cho trẻ em dưới 14 tuổi. Việc miễn trừ chỉ áp dụng nếu đồ chơi đáp ứng các yêu cầu về khả năng tiếp cận pin và ghi nhãn của 16 CFR 1250. Vì vậy, đối với đồ chơi, hãy kiểm tra các yêu cầu về pin của ASTM F963.

# Sharp points, sharp edges, magnets and button batteries › Button and coin batteries (paragraph)
p-a194ef3cc1 = Do có việc miễn trừ này, Phần 1263 chủ yếu có ý nghĩa đối với các { -childrens-product } không phải đồ chơi, ví dụ đèn ngủ cho trẻ em. Sản phẩm như vậy phải đáp ứng Phần 1263 từ cùng mốc ngày như mọi sản phẩm khác. Sản phẩm đó cũng phải được một phòng thử nghiệm bên thứ ba thử nghiệm và được chứng nhận trong { -cpc }. Trước khi lập kế hoạch thử nghiệm pin, hãy thống nhất với { -importer } về quy định áp dụng cho từng sản phẩm.

# Sharp points, sharp edges, magnets and button batteries › What to do in the factory (heading)
h-2a572bd7e4 = Việc cần làm tại nhà máy

# Sharp points, sharp edges, magnets and button batteries › What to do in the factory (list item)
li-d4f97e7d2c = Trước tiên, hãy kiểm tra { -age-grade } của từng đồ chơi. Các phép thử { -sharp-point } và { -sharp-edge } áp dụng cho đồ chơi dành cho trẻ em dưới 8 tuổi.

# Sharp points, sharp edges, magnets and button batteries › What to do in the factory (list item)
li-c1d30eaaca = Kiểm tra mọi đầu nhọn và cạnh tiếp cận được trước và sau các phép thử sử dụng và lạm dụng.

# Sharp points, sharp edges, magnets and button batteries › What to do in the factory (list item)
li-4753fe346f = Nếu đồ chơi cần có { -sharp-point } hoặc { -sharp-edge }, hãy loại bỏ mọi { -sharp-point } và { -sharp-edge } khác. Gắn nhãn dễ thấy lên đồ chơi.

# Sharp points, sharp edges, magnets and button batteries › What to do in the factory (list item)
li-a415eeeffc = Kiểm tra quy định nào về { -magnet } được áp dụng: ASTM F963 đối với đồ chơi, 16 CFR 1262 đối với sản phẩm nam châm thuộc diện điều chỉnh. Sản phẩm nam châm thuộc diện điều chỉnh là sản phẩm dùng để giải trí, làm đồ trang sức, kích thích trí tuệ hoặc giảm căng thẳng, và có { -magnet } rời hoặc có thể tách rời.

# Sharp points, sharp edges, magnets and button batteries › What to do in the factory (list item)
li-563ff69573 = Đối với đồ chơi có { -button-battery }, hãy đáp ứng các yêu cầu về pin của ASTM F963.

# Sharp points, sharp edges, magnets and button batteries › What to do in the factory (list item)
li-04c9e00fba = Đối với sản phẩm thuộc 16 CFR 1263, hãy làm ngăn chứa pin cần dùng dụng cụ, hoặc hai thao tác tay độc lập cùng lúc, để mở.

# Sharp points, sharp edges, magnets and button batteries › What to do in the factory (list item)
li-1c5ad9e47f = Đối với các sản phẩm này, hãy kiểm tra cảnh báo về pin trên bao bì, trên sản phẩm và trong hướng dẫn sử dụng.

# Sharp points, sharp edges, magnets and button batteries › What to do in the factory (list item)
li-b7c5c634ae = Sử dụng bao bì chống trẻ em mở cho { -button-battery }.

# Sharp points, sharp edges, magnets and button batteries › What to do in the factory (list item)
li-23c16ec3db = Lưu giữ tất cả hồ sơ thử nghiệm. Nhà nhập khẩu cần các hồ sơ này để chứng nhận sản phẩm.

# Sharp points, sharp edges, magnets and button batteries › What to do in the factory (paragraph)
p-dc3c97ff84 = Theo SNI bắt buộc về đồ chơi của Indonesia, đồ chơi là sản phẩm dành cho trẻ em từ 14 tuổi trở xuống. Tại Malaysia, đồ chơi là hàng hóa dành cho trẻ em dưới 14 tuổi. Tiêu chuẩn đồ chơi của Hoa Kỳ, ASTM F963 (16 CFR 1250), cũng áp dụng cho đồ chơi dành cho trẻ em dưới 14 tuổi. Tuy nhiên, một số quy định của Hoa Kỳ có giới hạn độ tuổi riêng. Các phép thử { -sharp-point } và { -sharp-edge } chỉ áp dụng cho đồ chơi và vật phẩm dành cho trẻ em dưới 8 tuổi. Lệnh cấm { -small-parts } áp dụng cho đồ chơi dành cho trẻ em dưới 3 tuổi. Đối với đồ chơi xuất sang Hoa Kỳ, hãy kiểm tra giới hạn độ tuổi của từng quy định của Hoa Kỳ.

# Sharp points, sharp edges, magnets and button batteries › Check your knowledge (heading)
h-27544b5c12 = Kiểm tra kiến thức

# Sharp points, sharp edges, magnets and button batteries › Check your knowledge (list item)
li-28cba2a0f3 = Một đồ chơi dành cho trẻ 5 tuổi. Đồ chơi đó có phải đạt các phép thử { -sharp-point } và { -sharp-edge } không?

# Sharp points, sharp edges, magnets and button batteries › Check your knowledge (list item)
li-0ef7ab06b9 = Có, vì đồ chơi dành cho trẻ em dưới 8 tuổi.

# Sharp points, sharp edges, magnets and button batteries › Check your knowledge (list item)
li-de59dd0a2b = Không, vì đồ chơi dành cho trẻ trên 3 tuổi.

# Sharp points, sharp edges, magnets and button batteries › Check your knowledge (list item)
li-4b3c58138d = Chỉ khi đồ chơi có { -small-parts }.

# Sharp points, sharp edges, magnets and button batteries › Check your knowledge (list item)
li-6228dd4955 = Các phép thử trong 16 CFR 1500.48 và 1500.49 áp dụng cho đồ chơi và vật phẩm dành cho trẻ em dưới 8 tuổi.

# Sharp points, sharp edges, magnets and button batteries › Check your knowledge (list item)
li-fb8c464897 = Kéo đồ chơi cần có { -sharp-edge } để cắt. Khi nào kéo đồ chơi được miễn phép thử { -sharp-edge }?

# Sharp points, sharp edges, magnets and button batteries › Check your knowledge (list item)
li-c50d21e7dd = Luôn luôn, vì kéo cần có { -sharp-edge }.

# Sharp points, sharp edges, magnets and button batteries › Check your knowledge (list item)
li-feee767b81 = Nếu kéo không có { -sharp-point } hoặc { -sharp-edge } nào khác và được ghi nhãn dễ thấy.

# Sharp points, sharp edges, magnets and button batteries › Check your knowledge (list item)
li-0a333e36de = Nếu nhà nhập khẩu đồng ý.

# Sharp points, sharp edges, magnets and button batteries › Check your knowledge (list item)
li-bc337e3ca2 = Cần cả hai điều kiện. Đồ chơi có { -sharp-point } hoặc { -sharp-edge } mà nó không cần cho chức năng của mình thì không được miễn trừ.

# Sharp points, sharp edges, magnets and button batteries › Check your knowledge (list item)
li-8267e0dbe0 = Một bộ { -magnet } rời cỡ nhỏ được bán cho người lớn như một sản phẩm để bàn giúp giảm căng thẳng. Bộ này được sản xuất năm 2026. Một { -magnet } lọt hoàn toàn vào { -small-parts-cylinder }. Giới hạn chỉ số từ thông của { -magnet } đó là bao nhiêu?

# Sharp points, sharp edges, magnets and button batteries › Check your knowledge (list item)
li-5e6d357ac9 = Không có giới hạn, vì bộ sản phẩm được bán cho người lớn.

# Sharp points, sharp edges, magnets and button batteries › Check your knowledge (list item)
li-93546d8884 = Dưới 50 kG² mm²

# Sharp points, sharp edges, magnets and button batteries › Check your knowledge (list item)
li-fe50ed2c0a = Dưới 500 kG² mm²

# Sharp points, sharp edges, magnets and button batteries › Check your knowledge (list item)
li-2961ec873c = Bộ sản phẩm được tiếp thị để giảm căng thẳng và có { -magnet } rời, nên đây là sản phẩm nam châm thuộc diện điều chỉnh theo 16 CFR 1262, kể cả khi được bán cho người lớn. 16 CFR 1262.3 đặt ra giới hạn này cho mỗi { -magnet } rời hoặc có thể tách rời mà lọt hoàn toàn vào { -small-parts-cylinder }.

# Sharp points, sharp edges, magnets and button batteries › Check your knowledge (list item)
li-e6845e899f = Một chiếc đèn ngủ cho phòng trẻ em được thiết kế và tiếp thị cho trẻ nhỏ. Đèn có chứa một viên pin đồng xu. Đây là { -childrens-product }, nhưng không phải đồ chơi. Từ ngày nào các sản phẩm như vậy phải qua { -third-party-testing } và được chứng nhận theo 16 CFR 1263?

# Sharp points, sharp edges, magnets and button batteries › Check your knowledge (list item)
li-23141a3f4e = Ngày 12 tháng 2 năm 2023

# Sharp points, sharp edges, magnets and button batteries › Check your knowledge (list item)
li-3e37f41fea = Ngày 23 tháng 10 năm 2023

# Sharp points, sharp edges, magnets and button batteries › Check your knowledge (list item)
li-66842b6df4 = Ngày 20 tháng 12 năm 2023

# Sharp points, sharp edges, magnets and button batteries › Check your knowledge (list item)
li-e7776c306a = Các sản phẩm như vậy đã phải đáp ứng 16 CFR 1263 từ ngày 23 tháng 10 năm 2023, giống như mọi sản phẩm khác (16 CFR 1263.1(b)). Việc { -third-party-testing } và chứng nhận là bắt buộc đối với các { -childrens-product } được sản xuất hoặc nhập khẩu từ ngày 20 tháng 12 năm 2023 trở đi. Đồ chơi đáp ứng các yêu cầu về pin của 16 CFR 1250 được miễn áp dụng Phần 1263.

# Sharp points, sharp edges, magnets and button batteries › Sources (heading)
h-caf85b0888 = Nguồn tham khảo

# Sharp points, sharp edges, magnets and button batteries › Sources (list item)
li-1b36b5728b = { "[" }eCFR: Section 1500.48, { -sharp-point }](https://www.ecfr.gov/current/title-16/section-1500.48)

# Sharp points, sharp edges, magnets and button batteries › Sources (list item)
li-f0bb75d1dd = { "[" }eCFR: Section 1500.49, { -sharp-edge }](https://www.ecfr.gov/current/title-16/section-1500.49)

# Sharp points, sharp edges, magnets and button batteries › Sources (list item)
li-5279e3f581 = { "[" }CPSC: Quy định về { -sharp-point } đối với đồ chơi, năm 1978](https://www.cpsc.gov/Newsroom/News-Releases/1978/CPSC-Announces-Sharp-Points-Regulation-For-Toys)

# Sharp points, sharp edges, magnets and button batteries › Sources (list item)
li-852da373ea = { "[" }eCFR: Part 1250, tiêu chuẩn an toàn đối với đồ chơi](https://www.ecfr.gov/current/title-16/part-1250)

# Sharp points, sharp edges, magnets and button batteries › Sources (list item)
li-0c71aa0b34 = { "[" }Federal Register: ASTM F963-23 đối với đồ chơi, ngày 18 tháng 1 năm 2024](https://www.govinfo.gov/content/pkg/FR-2024-01-18/html/2024-00741.htm)

# Sharp points, sharp edges, magnets and button batteries › Sources (list item)
li-504cbf83ef = { "[" }eCFR: Part 1262, tiêu chuẩn an toàn đối với { -magnet }](https://www.ecfr.gov/current/title-16/part-1262)

# Sharp points, sharp edges, magnets and button batteries › Sources (list item)
li-9d5378bfad = { "[" }eCFR: Part 1263, { -button-battery }](https://www.ecfr.gov/current/title-16/part-1263)

# Sharp points, sharp edges, magnets and button batteries › Sources (list item)
li-9efee363b6 = { "[" }eCFR: Section 1700.15, bao bì chống trẻ em mở](https://www.ecfr.gov/current/title-16/section-1700.15)

# Sharp points, sharp edges, magnets and button batteries › Sources (list item)
li-775274ae31 = { "[" }CPSC: Câu hỏi thường gặp về { -button-battery }](https://www.cpsc.gov/FAQ/Button-Cell-and-Coin-Battery-FAQs)

# Sharp points, sharp edges, magnets and button batteries › Sources (list item)
li-c9e7efb8c3 = { "[" }BSN: SNI về đồ chơi (Indonesia)](https://bsn.go.id/main/berita/detail/8982/sni-mainan-anak-melindungi-konsumen-dan-produsen-lokal)

# Sharp points, sharp edges, magnets and button batteries › Sources (list item)
li-839d3bd06b = { "[" }KPDN MYSAFE: Quy định về đồ chơi (Malaysia)](https://mysafe.kpdn.gov.my/portal/post/8)
