### Vietnamese translation of toys-sharp-edges-magnets-batteries. Draft translation by the Primer team;
### not yet reviewed by a qualified translator.

# Sharp points, sharp edges, magnets and button batteries (title)
title-7498fed225 = Đầu nhọn, cạnh sắc, nam châm và pin cúc áo

# Sharp points, sharp edges, magnets and button batteries (summary)
summary-b989aa9cdf = Đồ chơi dành cho trẻ em dưới 8 tuổi được thử nghiệm đầu nhọn và cạnh sắc, và sản phẩm có nam châm nhỏ hoặc pin cúc áo và pin đồng xu phải đáp ứng các quy định đặc biệt của Hoa Kỳ.

# Sharp points, sharp edges, magnets and button batteries (learning objective)
objective-d44105b13a = Giải thích những đồ chơi nào được thử nghiệm đầu nhọn và cạnh sắc.

# Sharp points, sharp edges, magnets and button batteries (learning objective)
objective-390c1c1af7 = Giải thích khi nào một đồ chơi cần có đầu nhọn hoặc cạnh sắc được miễn trừ.

# Sharp points, sharp edges, magnets and button batteries (learning objective)
objective-8683e44dd7 = Nêu tên các quy định về nam châm trong đồ chơi và trong các sản phẩm khác.

# Sharp points, sharp edges, magnets and button batteries (learning objective)
objective-c150439cf5 = Giải thích các quy định của Hoa Kỳ đối với sản phẩm có pin cúc áo và pin đồng xu.

# Sharp points, sharp edges, magnets and button batteries (paragraph)
p-e1076567c4 = Đầu nhọn và cạnh sắc trên đồ chơi có thể gây thương tích cho trẻ. Các quy định của Hoa Kỳ đặt ra các phép thử đối với chúng. Nam châm và pin cúc áo hoặc pin đồng xu cũng có các quy định riêng của Hoa Kỳ. Học phần này giải thích các quy định đó.

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
td-809871dd7f = ASTM F963 (16 CFR part 1250)

# Sharp points, sharp edges, magnets and button batteries › Which rules apply (table cell)
td-e934474b4f = Nam châm trong các sản phẩm khác

# Sharp points, sharp edges, magnets and button batteries › Which rules apply (table cell)
td-944971d1f6 = Sản phẩm không phải đồ chơi

# Sharp points, sharp edges, magnets and button batteries › Which rules apply (table cell)
td-f9c0aa89ca = 16 CFR part 1262

# Sharp points, sharp edges, magnets and button batteries › Which rules apply (table cell)
td-6e7eb240ad = Pin cúc áo và pin đồng xu

# Sharp points, sharp edges, magnets and button batteries › Which rules apply (table cell)
td-0cb35c17d7 = Sản phẩm có chứa các loại pin này

# Sharp points, sharp edges, magnets and button batteries › Which rules apply (table cell)
td-6c8d8c0fce = 16 CFR part 1263

# Sharp points, sharp edges, magnets and button batteries › Sharp points and sharp edges (heading)
h-fa8517b163 = Đầu nhọn và cạnh sắc

# Sharp points, sharp edges, magnets and button batteries › Sharp points and sharp edges (paragraph)
p-16be566b6e = Hai quy định đặt ra các phép thử kỹ thuật đối với đồ chơi và vật phẩm khác dành cho trẻ em dưới 8 tuổi:

# Sharp points, sharp edges, magnets and button batteries › Sharp points and sharp edges (list item)
li-5918cddb4c = 16 CFR 1500.48 đối với đầu nhọn;

# Sharp points, sharp edges, magnets and button batteries › Sharp points and sharp edges (list item)
li-8cdccffa41 = 16 CFR 1500.49 đối với cạnh sắc bằng kim loại hoặc thủy tinh.

# Sharp points, sharp edges, magnets and button batteries › Sharp points and sharp edges (paragraph)
p-aee7c352cb = Các phép thử áp dụng cho đầu nhọn và cạnh tiếp cận được. Các phép thử được áp dụng trước các phép thử sử dụng và lạm dụng. Các phép thử được áp dụng lại sau các phép thử sử dụng và lạm dụng. Vì vậy, đầu nhọn hoặc cạnh xuất hiện trong các phép thử này cũng được tính.

# Sharp points, sharp edges, magnets and button batteries › Sharp points and sharp edges (paragraph)
p-1e6a5a9a10 = Quy định về đầu nhọn có hiệu lực từ ngày 22 tháng 12 năm 1978. Quy định về cạnh sắc có hiệu lực từ ngày 26 tháng 3 năm 1979.

# Sharp points, sharp edges, magnets and button batteries › Toys that need a sharp point or edge (heading)
h-cf0b7a2752 = Đồ chơi cần có đầu nhọn hoặc cạnh sắc

# Sharp points, sharp edges, magnets and button batteries › Toys that need a sharp point or edge (paragraph)
p-2181d76992 = Một số đồ chơi cần có đầu nhọn hoặc cạnh sắc để hoạt động. Ví dụ như kéo đồ chơi, bộ dụng cụ đồ chơi và kim của máy khâu đồ chơi. Đồ chơi như vậy chỉ được miễn các phép thử nếu đáp ứng cả hai điều kiện sau:

# Sharp points, sharp edges, magnets and button batteries › Toys that need a sharp point or edge (list item)
li-46ba02d907 = Đồ chơi không có đầu nhọn hoặc cạnh sắc nào mà nó không cần cho chức năng của mình.

# Sharp points, sharp edges, magnets and button batteries › Toys that need a sharp point or edge (list item)
li-5b3d16822b = Đồ chơi được ghi nhãn dễ thấy. Điều này có nghĩa là nhãn dễ nhìn thấy.

# Sharp points, sharp edges, magnets and button batteries › Toys that need a sharp point or edge (paragraph)
p-354fbc7092 = Học phần này không đưa ra nội dung nhãn. Hãy thống nhất nhãn với nhà nhập khẩu Hoa Kỳ.

# Sharp points, sharp edges, magnets and button batteries › Toys that need a sharp point or edge (paragraph)
p-3b935da6ae = Việc miễn trừ cần cả hai điều kiện. Nếu kéo đồ chơi có một đầu nhọn hoặc cạnh sắc mà nó không cần để hoạt động, thì không được miễn trừ. Hãy kiểm tra mọi đầu nhọn và cạnh tiếp cận được, kể cả sau các phép thử sử dụng và lạm dụng.

# Sharp points, sharp edges, magnets and button batteries › Toys that need a sharp point or edge (paragraph)
p-05cd8fc0cf = Cũi trẻ em và xe đạp được miễn áp dụng hai quy định này, vì chúng có quy định riêng. Về cũi trẻ em, xem [cũi trẻ em cỡ tiêu chuẩn và không theo cỡ tiêu chuẩn](cribs-full-size-and-non-full-size.md).

# Sharp points, sharp edges, magnets and button batteries › Magnets (heading)
h-5333907e38 = Nam châm

# Sharp points, sharp edges, magnets and button batteries › Magnets (paragraph)
p-0c8bf27a5b = Nam châm trong đồ chơi và nam châm trong các sản phẩm khác tuân theo các quy định khác nhau.

# Sharp points, sharp edges, magnets and button batteries › Magnets (paragraph)
p-e9f9b08af3 = { "*" }*Đồ chơi.** ASTM F963 là tiêu chuẩn đồ chơi bắt buộc của Hoa Kỳ. 16 CFR part 1250 quy định tiêu chuẩn này là bắt buộc. Các yêu cầu về nam châm đối với đồ chơi nằm trong ASTM F963. Một quy định ngày 18 tháng 1 năm 2024 đã đưa phiên bản ASTM F963-23 vào. Quy định này có hiệu lực từ ngày 20 tháng 4 năm 2024.

# Sharp points, sharp edges, magnets and button batteries › Magnets (paragraph)
p-50721c7fa0 = { "*" }*Các sản phẩm khác.** 16 CFR part 1262 là Tiêu chuẩn An toàn đối với Nam châm (Safety Standard for Magnets). Tiêu chuẩn được công bố ngày 21 tháng 9 năm 2022. Theo 16 CFR 1262.3, mỗi nam châm rời hoặc có thể tách rời mà lọt hoàn toàn vào ống trụ thử nghiệm bộ phận nhỏ phải có chỉ số từ thông dưới 50 kG² mm². Phương pháp thử chỉ số từ thông lấy từ ASTM F963 (16 CFR 1262.4).

# Sharp points, sharp edges, magnets and button batteries › Magnets (paragraph)
p-32146834b3 = Part 1262 không áp dụng cho đồ chơi thuộc phạm vi 16 CFR part 1250. Part 1262 cũng không áp dụng cho sản phẩm chỉ được bán cho mục đích giáo dục, nghiên cứu hoặc chuyên môn.

# Sharp points, sharp edges, magnets and button batteries › Magnets (paragraph)
p-bfa19c5551 = ASTM F963 được sửa đổi theo thời gian. Trước khi thử nghiệm đồ chơi, hãy kiểm tra phiên bản mà 16 CFR part 1250 hiện đang trích dẫn.

# Sharp points, sharp edges, magnets and button batteries › Magnets (paragraph)
p-32cc681510 = Ở đồ chơi dành cho trẻ em dưới 3 tuổi, mọi mảnh bị tách rời trong các phép thử sử dụng và lạm dụng đều được đặt vào ống trụ thử nghiệm bộ phận nhỏ. Điều này bao gồm cả nam châm và pin. Xem [bộ phận nhỏ](toys-small-parts.md).

# Sharp points, sharp edges, magnets and button batteries › Button and coin batteries (heading)
h-6e7eb240ad = Pin cúc áo và pin đồng xu

# Sharp points, sharp edges, magnets and button batteries › Button and coin batteries (paragraph)
p-ab924c1ebf = Luật Reese (Reese's Law) là luật của Hoa Kỳ về pin cúc áo và pin đồng xu. Quy định thực thi luật này là 16 CFR part 1263. Part 1263 áp dụng tiêu chuẩn ANSI/UL 4200A-2023. Quy định này yêu cầu:

# Sharp points, sharp edges, magnets and button batteries › Button and coin batteries (list item)
li-a95ac48f17 = ngăn chứa pin cần dùng dụng cụ, hoặc hai thao tác tay độc lập cùng lúc, để mở;

# Sharp points, sharp edges, magnets and button batteries › Button and coin batteries (list item)
li-fa48e3d0da = các phép thử sử dụng và lạm dụng;

# Sharp points, sharp edges, magnets and button batteries › Button and coin batteries (list item)
li-7e7d013ba7 = cảnh báo trên bao bì, trên sản phẩm nếu khả thi, và trong hướng dẫn sử dụng.

# Sharp points, sharp edges, magnets and button batteries › Button and coin batteries (paragraph)
p-48837934d7 = Bao bì của pin cúc áo và pin đồng xu cũng phải có khả năng chống trẻ em mở. Quy định về bao bì là 16 CFR 1700.15.

# Sharp points, sharp edges, magnets and button batteries › Button and coin batteries (paragraph)
p-dfc3e3ddb6 = CPSC đưa ra các ngày này trong phần Câu hỏi thường gặp (FAQ) của mình. Ngày được tính là ngày sản xuất hoặc nhập khẩu.

# Sharp points, sharp edges, magnets and button batteries › Button and coin batteries (table cell)
td-fb9ef89417 = Sản phẩm

# Sharp points, sharp edges, magnets and button batteries › Button and coin batteries (table cell)
td-38ea56ba2d = Phải tuân thủ nếu được sản xuất hoặc nhập khẩu

# Sharp points, sharp edges, magnets and button batteries › Button and coin batteries (table cell)
td-5853aa259c = Bao bì của pin cúc áo và pin đồng xu

# Sharp points, sharp edges, magnets and button batteries › Button and coin batteries (table cell)
td-0587a4ad5d = sau ngày 12 tháng 2 năm 2023

# Sharp points, sharp edges, magnets and button batteries › Button and coin batteries (table cell)
td-3d65f9b7f4 = Sản phẩm thông dụng có các loại pin này

# Sharp points, sharp edges, magnets and button batteries › Button and coin batteries (table cell)
td-c12e0e227f = từ ngày 23 tháng 10 năm 2023 trở đi

# Sharp points, sharp edges, magnets and button batteries › Button and coin batteries (table cell)
td-882eac0c6d = Sản phẩm dành cho trẻ em có các loại pin này

# Sharp points, sharp edges, magnets and button batteries › Button and coin batteries (table cell)
td-c4582620f6 = từ ngày 20 tháng 12 năm 2023 trở đi

# Sharp points, sharp edges, magnets and button batteries › Button and coin batteries (paragraph)
p-465d316f4b = CPSC đã áp dụng quyền tùy nghi trong thực thi đối với hai mốc ngày của sản phẩm cho đến hết ngày 19 tháng 3 năm 2024. Tất cả các mốc ngày này nay đã qua. Sản phẩm được sản xuất hoặc nhập khẩu hiện nay phải tuân thủ.

# Sharp points, sharp edges, magnets and button batteries › Button and coin batteries (paragraph)
p-fef0c73008 = Pin kẽm-khí không thuộc phạm vi 16 CFR part 1263. Nhưng bao bì của chúng thuộc phạm vi quy định về bao bì.

# Sharp points, sharp edges, magnets and button batteries › Button and coin batteries (paragraph)
p-fc9d397f80 = Học phần này không nói part 1263 áp dụng như thế nào đối với đồ chơi đáp ứng ASTM F963. Trước khi lập kế hoạch thử nghiệm pin cho đồ chơi, hãy kiểm tra phạm vi của 16 CFR part 1263 với nhà nhập khẩu Hoa Kỳ.

# Sharp points, sharp edges, magnets and button batteries › What to do in the factory (heading)
h-2a572bd7e4 = Những việc cần làm tại nhà máy

# Sharp points, sharp edges, magnets and button batteries › What to do in the factory (list item)
li-d4f97e7d2c = Trước tiên, hãy kiểm tra phân loại độ tuổi của từng đồ chơi. Các phép thử đầu nhọn và cạnh sắc áp dụng cho đồ chơi dành cho trẻ em dưới 8 tuổi.

# Sharp points, sharp edges, magnets and button batteries › What to do in the factory (list item)
li-c1d30eaaca = Kiểm tra mọi đầu nhọn và cạnh tiếp cận được trước và sau các phép thử sử dụng và lạm dụng.

# Sharp points, sharp edges, magnets and button batteries › What to do in the factory (list item)
li-4753fe346f = Nếu đồ chơi cần có đầu nhọn hoặc cạnh sắc, hãy loại bỏ mọi đầu nhọn và cạnh sắc khác. Gắn nhãn dễ thấy lên đồ chơi.

# Sharp points, sharp edges, magnets and button batteries › What to do in the factory (list item)
li-6cd6a5d983 = Kiểm tra quy định nào về nam châm được áp dụng: ASTM F963 đối với đồ chơi, 16 CFR part 1262 đối với các sản phẩm khác.

# Sharp points, sharp edges, magnets and button batteries › What to do in the factory (list item)
li-04c9e00fba = Đối với sản phẩm thuộc 16 CFR part 1263, hãy làm ngăn chứa pin cần dùng dụng cụ, hoặc hai thao tác tay độc lập cùng lúc, để mở.

# Sharp points, sharp edges, magnets and button batteries › What to do in the factory (list item)
li-1c5ad9e47f = Đối với các sản phẩm này, hãy kiểm tra cảnh báo về pin trên bao bì, trên sản phẩm và trong hướng dẫn sử dụng.

# Sharp points, sharp edges, magnets and button batteries › What to do in the factory (list item)
li-b7c5c634ae = Sử dụng bao bì chống trẻ em mở cho pin cúc áo và pin đồng xu.

# Sharp points, sharp edges, magnets and button batteries › What to do in the factory (list item)
li-23c16ec3db = Lưu giữ tất cả hồ sơ thử nghiệm. Nhà nhập khẩu cần chúng để chứng nhận sản phẩm.

# Sharp points, sharp edges, magnets and button batteries › What to do in the factory (paragraph)
p-d5ef33c17a = Các quy định về đồ chơi của nước bạn sử dụng giới hạn độ tuổi khác với quy định của Hoa Kỳ. Theo SNI bắt buộc về đồ chơi của Indonesia, đồ chơi là sản phẩm dành cho trẻ em từ 14 tuổi trở xuống. Tại Malaysia, đồ chơi là hàng hóa dành cho trẻ em dưới 14 tuổi. Các phép thử đầu nhọn và cạnh sắc của Hoa Kỳ áp dụng cho đồ chơi dành cho trẻ em dưới 8 tuổi. Đối với đồ chơi bạn xuất sang Hoa Kỳ, hãy sử dụng giới hạn độ tuổi của Hoa Kỳ.

# Sharp points, sharp edges, magnets and button batteries › Check your knowledge (heading)
h-27544b5c12 = Kiểm tra kiến thức

# Sharp points, sharp edges, magnets and button batteries › Check your knowledge (list item)
li-28cba2a0f3 = Một đồ chơi dành cho trẻ 5 tuổi. Đồ chơi đó có phải đạt các phép thử đầu nhọn và cạnh sắc không?

# Sharp points, sharp edges, magnets and button batteries › Check your knowledge (list item)
li-0ef7ab06b9 = Có, vì đồ chơi dành cho trẻ em dưới 8 tuổi.

# Sharp points, sharp edges, magnets and button batteries › Check your knowledge (list item)
li-de59dd0a2b = Không, vì đồ chơi dành cho trẻ trên 3 tuổi.

# Sharp points, sharp edges, magnets and button batteries › Check your knowledge (list item)
li-4b3c58138d = Chỉ khi đồ chơi có bộ phận nhỏ.

# Sharp points, sharp edges, magnets and button batteries › Check your knowledge (list item)
li-6228dd4955 = Các phép thử trong 16 CFR 1500.48 và 1500.49 áp dụng cho đồ chơi và vật phẩm dành cho trẻ em dưới 8 tuổi.

# Sharp points, sharp edges, magnets and button batteries › Check your knowledge (list item)
li-fb8c464897 = Kéo đồ chơi cần có cạnh sắc để cắt. Khi nào kéo đồ chơi được miễn phép thử cạnh sắc?

# Sharp points, sharp edges, magnets and button batteries › Check your knowledge (list item)
li-c50d21e7dd = Luôn luôn, vì kéo cần có cạnh sắc.

# Sharp points, sharp edges, magnets and button batteries › Check your knowledge (list item)
li-feee767b81 = Nếu kéo không có đầu nhọn hoặc cạnh sắc nào khác và được ghi nhãn dễ thấy.

# Sharp points, sharp edges, magnets and button batteries › Check your knowledge (list item)
li-0a333e36de = Nếu nhà nhập khẩu đồng ý.

# Sharp points, sharp edges, magnets and button batteries › Check your knowledge (list item)
li-bc337e3ca2 = Cần cả hai điều kiện. Đồ chơi có đầu nhọn hoặc cạnh sắc mà nó không cần cho chức năng của mình thì không được miễn trừ.

# Sharp points, sharp edges, magnets and button batteries › Check your knowledge (list item)
li-309a70c974 = Một nam châm rời trong một sản phẩm không phải đồ chơi lọt hoàn toàn vào ống trụ thử nghiệm bộ phận nhỏ. Giới hạn chỉ số từ thông của nó là bao nhiêu?

# Sharp points, sharp edges, magnets and button batteries › Check your knowledge (list item)
li-be48c66e32 = Không có giới hạn.

# Sharp points, sharp edges, magnets and button batteries › Check your knowledge (list item)
li-93546d8884 = Dưới 50 kG² mm²

# Sharp points, sharp edges, magnets and button batteries › Check your knowledge (list item)
li-fe50ed2c0a = Dưới 500 kG² mm²

# Sharp points, sharp edges, magnets and button batteries › Check your knowledge (list item)
li-ccd682efb6 = 16 CFR 1262.3 đặt ra giới hạn này cho mỗi nam châm rời hoặc có thể tách rời mà lọt hoàn toàn vào ống trụ thử nghiệm bộ phận nhỏ.

# Sharp points, sharp edges, magnets and button batteries › Check your knowledge (list item)
li-a2ce97e26a = Từ ngày nào sản phẩm dành cho trẻ em có pin cúc áo hoặc pin đồng xu phải đáp ứng 16 CFR part 1263?

# Sharp points, sharp edges, magnets and button batteries › Check your knowledge (list item)
li-23141a3f4e = Ngày 12 tháng 2 năm 2023

# Sharp points, sharp edges, magnets and button batteries › Check your knowledge (list item)
li-3e37f41fea = Ngày 23 tháng 10 năm 2023

# Sharp points, sharp edges, magnets and button batteries › Check your knowledge (list item)
li-66842b6df4 = Ngày 20 tháng 12 năm 2023

# Sharp points, sharp edges, magnets and button batteries › Check your knowledge (list item)
li-fbb554d604 = Sản phẩm dành cho trẻ em được sản xuất hoặc nhập khẩu từ ngày 20 tháng 12 năm 2023 trở đi phải tuân thủ. Ngày 23 tháng 10 năm 2023 là mốc ngày dành cho sản phẩm thông dụng.

# Sharp points, sharp edges, magnets and button batteries › Sources (heading)
h-caf85b0888 = Nguồn tham khảo

# Sharp points, sharp edges, magnets and button batteries › Sources (list item)
li-1b36b5728b = { "[" }eCFR: Section 1500.48, đầu nhọn](https://www.ecfr.gov/current/title-16/section-1500.48)

# Sharp points, sharp edges, magnets and button batteries › Sources (list item)
li-f0bb75d1dd = { "[" }eCFR: Section 1500.49, cạnh sắc](https://www.ecfr.gov/current/title-16/section-1500.49)

# Sharp points, sharp edges, magnets and button batteries › Sources (list item)
li-5279e3f581 = { "[" }CPSC: Quy định về đầu nhọn đối với đồ chơi, năm 1978](https://www.cpsc.gov/Newsroom/News-Releases/1978/CPSC-Announces-Sharp-Points-Regulation-For-Toys)

# Sharp points, sharp edges, magnets and button batteries › Sources (list item)
li-852da373ea = { "[" }eCFR: Part 1250, tiêu chuẩn an toàn đối với đồ chơi](https://www.ecfr.gov/current/title-16/part-1250)

# Sharp points, sharp edges, magnets and button batteries › Sources (list item)
li-0c71aa0b34 = { "[" }Federal Register: ASTM F963-23 đối với đồ chơi, ngày 18 tháng 1 năm 2024](https://www.govinfo.gov/content/pkg/FR-2024-01-18/html/2024-00741.htm)

# Sharp points, sharp edges, magnets and button batteries › Sources (list item)
li-504cbf83ef = { "[" }eCFR: Part 1262, tiêu chuẩn an toàn đối với nam châm](https://www.ecfr.gov/current/title-16/part-1262)

# Sharp points, sharp edges, magnets and button batteries › Sources (list item)
li-9d5378bfad = { "[" }eCFR: Part 1263, pin cúc áo và pin đồng xu](https://www.ecfr.gov/current/title-16/part-1263)

# Sharp points, sharp edges, magnets and button batteries › Sources (list item)
li-9efee363b6 = { "[" }eCFR: Section 1700.15, bao bì chống trẻ em mở](https://www.ecfr.gov/current/title-16/section-1700.15)

# Sharp points, sharp edges, magnets and button batteries › Sources (list item)
li-775274ae31 = { "[" }CPSC: Câu hỏi thường gặp về pin cúc áo và pin đồng xu](https://www.cpsc.gov/FAQ/Button-Cell-and-Coin-Battery-FAQs)

# Sharp points, sharp edges, magnets and button batteries › Sources (list item)
li-c9e7efb8c3 = { "[" }BSN: SNI về đồ chơi (Indonesia)](https://bsn.go.id/main/berita/detail/8982/sni-mainan-anak-melindungi-konsumen-dan-produsen-lokal)

# Sharp points, sharp edges, magnets and button batteries › Sources (list item)
li-839d3bd06b = { "[" }KPDN MYSAFE: Quy định về đồ chơi (Malaysia)](https://mysafe.kpdn.gov.my/portal/post/8)
