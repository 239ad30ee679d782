### Vietnamese translation of toys-small-parts. Draft translation by the Primer team;
### not yet reviewed by a qualified translator.

# Small parts and choking hazards (title)
title-95f5a38672 = Chi tiết nhỏ và { -choking-hazard }

# Small parts and choking hazards (summary)
summary-c76b1b9bd0 = Đồ chơi dành cho trẻ em dưới 3 tuổi không được có { -small-parts }, và một số đồ chơi dành cho trẻ lớn hơn phải có cảnh báo { -choking-hazard }.

# Small parts and choking hazards (learning objective)
objective-e951df28dd = Giải thích những đồ chơi nào không được có { -small-parts }.

# Small parts and choking hazards (learning objective)
objective-be7bf10b04 = Sử dụng đúng cách { -small-parts-cylinder }.

# Small parts and choking hazards (learning objective)
objective-fb249fb753 = Chọn đúng cảnh báo { -choking-hazard } cho đồ chơi, quả bóng, viên bi hoặc bóng bay.

# Small parts and choking hazards (learning objective)
objective-98a628977e = Giải thích khi nào một sự cố hóc nghẹn phải được báo cáo cho CPSC trong vòng 24 giờ.

# Small parts and choking hazards (paragraph)
p-36d4898f4f = Trẻ nhỏ có thể bị hóc nghẹn do { -small-parts }. Vì vậy, các quy định của Hoa Kỳ cấm { -small-parts } trong đồ chơi dành cho trẻ em dưới 3 tuổi. Một số đồ chơi dành cho trẻ lớn hơn cũng phải có { -warning-label }.

# Small parts and choking hazards › Which products are covered (heading)
h-6923fc03be = Những sản phẩm nào thuộc phạm vi áp dụng

# Small parts and choking hazards › Which products are covered (paragraph)
p-7abecd7362 = Đồ chơi hoặc vật phẩm khác dành cho trẻ em dưới 3 tuổi không được gây nguy cơ hóc nghẹn, hít phải hoặc nuốt phải do có { -small-parts }. Nếu có, sản phẩm đó là chất nguy hại bị cấm. Các quy định nằm trong 16 CFR 1501 và 16 CFR 1500.18(a)(9).

# Small parts and choking hazards › Which products are covered (paragraph)
p-238950986a = Đồ chơi thuộc phạm vi các quy định về { -small-parts } là { -childrens-product }. Một { -childrens-product } là sản phẩm được thiết kế hoặc dự định chủ yếu dành cho trẻ em từ 12 tuổi trở xuống. Các { -childrens-product } cũng phải đáp ứng các quy định khác, ví dụ [giới hạn { -lead }](lead-and-phthalates.md#limits).

# Small parts and choking hazards › The small parts test (heading)
h-d2f5ab47e2 = Phép thử { -small-parts }

# Small parts and choking hazards › The small parts test (paragraph)
p-69b5affb40 = Phép thử sử dụng { -small-parts-cylinder }. Quy định về phép thử này là 16 CFR 1501.4.

# Small parts and choking hazards › The small parts test (list item)
li-d8e9b99168 = Đặt vật phẩm vào ống trụ. Không được nén vật phẩm.

# Small parts and choking hazards › The small parts test (list item)
li-5dc8d52e23 = Nếu vật phẩm lọt hoàn toàn vào ống trụ, theo bất kỳ hướng nào, thì vật phẩm không đạt.

# Small parts and choking hazards › The small parts test (list item)
li-d2ed776cfa = Nếu vật phẩm không lọt hoàn toàn vào ống trụ, hãy tiến hành các phép thử sử dụng và lạm dụng theo 16 CFR 1500.51 và 1500.52. Không sử dụng các phép thử cắn.

# Small parts and choking hazards › The small parts test (list item)
li-c9c6855e0c = Đặt từng mảnh bị tách rời vào ống trụ. Giấy, vải, sợi, lông tơ, dây thun và dây không được thử nghiệm bằng ống trụ.

# Small parts and choking hazards › The small parts test (paragraph)
p-8b05d36104 = Để đánh giá sự tuân thủ, các kích thước tính bằng inch trong quy định là căn cứ quyết định.

# Small parts and choking hazards › The small parts test (paragraph)
p-c10fac15df = Một đồ chơi có thể đạt lần kiểm tra đầu tiên nhưng vẫn không đạt. Các bộ phận có thể bị tách rời trong các phép thử sử dụng và lạm dụng. Nếu một mảnh như vậy lọt hoàn toàn vào ống trụ, đồ chơi dành cho trẻ em dưới 3 tuổi sẽ không đạt.

# Small parts and choking hazards › Warning labels (heading)
h-1643e9d576 = Nhãn cảnh báo

# Small parts and choking hazards › Warning labels (paragraph)
p-3e50867686 = Đạo luật Bảo vệ An toàn Trẻ em năm 1994 (Child Safety Protection Act) đã đưa các cảnh báo { -choking-hazard } vào luật Hoa Kỳ[^1]. Quy định là 16 CFR 1500.19. Mỗi cảnh báo có thứ tự như sau: biểu tượng cảnh báo an toàn, từ <span class="label">WARNING:</span> (CẢNH BÁO:), cụm từ <span class="label">CHOKING HAZARD --</span> (NGUY CƠ HÓC NGHẸN --), rồi đến nội dung dưới đây.

# Small parts and choking hazards › Warning labels (paragraph)
p-eeaa70f537 = Đạo luật này đã bổ sung mục 24 vào Đạo luật Liên bang về Chất Nguy hại (Federal Hazardous Substances Act). Quy định của CPSC về các cảnh báo có hiệu lực từ ngày 28 tháng 8 năm 1995.

# Small parts and choking hazards › Warning labels (paragraph)
p-af5db7906c = Quả bóng nhỏ là quả bóng lọt hoàn toàn qua một lỗ có đường kính 1,75 inch (44,4 mm) trên một dưỡng cứng dày 1/4 inch (6 mm) (16 CFR 1500.19(a)(2)). "Quả bóng" bao gồm cả quả bóng được buộc dây vào đồ chơi. Khái niệm này không bao gồm xúc xắc, hoặc các quả bóng được bao kín vĩnh viễn trong máy pinball, mê cung và các vật chứa tương tự.

# Small parts and choking hazards › Warning labels (table cell)
td-fb9ef89417 = Sản phẩm

# Small parts and choking hazards › Warning labels (table cell)
td-4b804f01a4 = Nội dung cảnh báo

# Small parts and choking hazards › Warning labels (table cell)
td-65e76a682f = Đồ chơi hoặc trò chơi có { -small-parts }, dành cho trẻ từ 3 đến dưới 6 tuổi

# Small parts and choking hazards › Warning labels (table cell)
td-dba9190e71 = <span class="label">Small parts. Not for children under 3 yrs.</span> (Chi tiết nhỏ. Không dành cho trẻ em dưới 3 tuổi.)

# Small parts and choking hazards › Warning labels (table cell)
td-6d142d08d4 = Quả bóng nhỏ, dành cho trẻ từ 3 tuổi trở lên

# Small parts and choking hazards › Warning labels (table cell)
td-c10f292ba4 = <span class="label">This toy is a small ball. Not for children under 3 yrs.</span> (Đồ chơi này là một quả bóng nhỏ. Không dành cho trẻ em dưới 3 tuổi.)

# Small parts and choking hazards › Warning labels (table cell)
td-e5985e4079 = Đồ chơi có quả bóng nhỏ, dành cho trẻ từ 3 đến dưới 8 tuổi

# Small parts and choking hazards › Warning labels (table cell)
td-ce3d2e2e8f = <span class="label">Toy contains a small ball. Not for children under 3 yrs.</span> (Đồ chơi có chứa một quả bóng nhỏ. Không dành cho trẻ em dưới 3 tuổi.)

# Small parts and choking hazards › Warning labels (table cell)
td-6c6bb0a51a = Viên bi

# Small parts and choking hazards › Warning labels (table cell)
td-16fae5a35b = <span class="label">This toy is a marble. Not for children under 3 yrs.</span> (Đồ chơi này là một viên bi. Không dành cho trẻ em dưới 3 tuổi.)

# Small parts and choking hazards › Warning labels (table cell)
td-e940fed986 = Đồ chơi có viên bi, dành cho trẻ từ 3 đến dưới 8 tuổi

# Small parts and choking hazards › Warning labels (table cell)
td-f5f3e329f9 = <span class="label">Toy contains a marble. Not for children under 3 yrs.</span> (Đồ chơi có chứa một viên bi. Không dành cho trẻ em dưới 3 tuổi.)

# Small parts and choking hazards › Warning labels (paragraph)
p-c0cab95248 = Bóng bay bằng cao su latex, hoặc đồ chơi hay trò chơi có bóng bay loại này, cần có cảnh báo sau: <span class="label">CHOKING HAZARD -- Children under 8 yrs. can choke or suffocate on uninflated or broken balloons. Adult supervision required. Keep uninflated balloons from children. Discard broken balloons at once.</span> (NGUY CƠ HÓC NGHẸN -- Trẻ em dưới 8 tuổi có thể bị hóc nghẹn hoặc ngạt thở do bóng bay chưa thổi hoặc bị vỡ. Cần có sự giám sát của người lớn. Để bóng bay chưa thổi xa tầm tay trẻ em. Vứt bỏ ngay bóng bay bị vỡ.)

# Small parts and choking hazards › Warning labels (paragraph)
p-48517ecfbf = Quả bóng nhỏ dành cho trẻ em dưới 3 tuổi bị cấm.

# Small parts and choking hazards › Warning labels (paragraph)
p-ca1f7a31a9 = Các nội dung cảnh báo này lấy từ tờ thông tin của CPSC về Đạo luật Bảo vệ An toàn Trẻ em. Trước khi in nhãn, hãy kiểm tra nội dung hiện hành của 16 CFR 1500.19(b). Thống nhất nhãn cuối cùng với { -importer }.

# Small parts and choking hazards › Reporting choking incidents (heading)
h-87235c7b10 = Báo cáo sự cố hóc nghẹn

# Small parts and choking hazards › Reporting choking incidents (paragraph)
p-01fd0c1168 = Một số sự cố hóc nghẹn phải được báo cáo cho CPSC trong vòng 24 giờ. Quy định là 16 CFR 1117[^2]. Quy định này áp dụng cho nhà sản xuất, nhà phân phối, nhà bán lẻ và nhà nhập khẩu các sản phẩm sau:

# Small parts and choking hazards › Reporting choking incidents (list item)
li-c784479d6b = viên bi, quả bóng nhỏ và bóng bay bằng cao su latex;

# Small parts and choking hazards › Reporting choking incidents (list item)
li-f3c7d76b6e = đồ chơi hoặc trò chơi có chứa viên bi, quả bóng nhỏ, bóng bay bằng cao su latex hoặc { -small-parts } khác.

# Small parts and choking hazards › Reporting choking incidents (paragraph)
p-4beb1e41a5 = Quy định được công bố ngày 27 tháng 2 năm 1995 (60 FR 10490) và có hiệu lực từ ngày 29 tháng 3 năm 1995.

# Small parts and choking hazards › Reporting choking incidents (paragraph)
p-17a4815e9d = Các doanh nghiệp này phải báo cáo trong vòng 24 giờ khi có thông tin hỗ trợ một cách hợp lý cho kết luận rằng cả hai điều sau đều đúng:

# Small parts and choking hazards › Reporting choking incidents (list item)
li-428ac85733 = Một trẻ em bị hóc nghẹn do viên bi, quả bóng nhỏ, bóng bay bằng cao su latex hoặc { -small-parts } khác trong đồ chơi hoặc trò chơi.

# Small parts and choking hazards › Reporting choking incidents (list item)
li-bf4fab1bff = Hậu quả là trẻ tử vong, bị thương nghiêm trọng, ngừng thở trong bất kỳ khoảng thời gian nào, hoặc phải được nhân viên y tế điều trị.

# Small parts and choking hazards › Reporting choking incidents (paragraph)
p-9635009d3c = Nếu biết về một sự cố hóc nghẹn, hãy báo ngay cho { -importer }. Không được chậm trễ. Các doanh nghiệp này chỉ có 24 giờ để báo cáo.

# Small parts and choking hazards › What to do in the factory (heading)
h-2a572bd7e4 = Việc cần làm tại nhà máy

# Small parts and choking hazards › What to do in the factory (list item)
li-eaa5f3ba0b = Kiểm tra { -age-grade } của từng đồ chơi trước khi thử nghiệm.

# Small parts and choking hazards › What to do in the factory (list item)
li-d49681b4ff = Thử nghiệm mọi bộ phận của đồ chơi dành cho trẻ em dưới 3 tuổi bằng { -small-parts-cylinder }.

# Small parts and choking hazards › What to do in the factory (list item)
li-dbb7121419 = Tiến hành các phép thử sử dụng và lạm dụng. Sau đó thử nghiệm mọi mảnh bị tách rời.

# Small parts and choking hazards › What to do in the factory (list item)
li-53e9c439aa = Kiểm tra quả bóng bằng dưỡng có lỗ 1,75 inch (44,4 mm).

# Small parts and choking hazards › What to do in the factory (list item)
li-e84df7a849 = Kiểm tra cảnh báo trên đồ chơi, quả bóng, viên bi và bóng bay dành cho trẻ từ 3 tuổi trở lên.

# Small parts and choking hazards › What to do in the factory (list item)
li-23c16ec3db = Lưu giữ tất cả hồ sơ thử nghiệm. Nhà nhập khẩu cần các hồ sơ này để chứng nhận sản phẩm.

# Small parts and choking hazards › What to do in the factory (paragraph)
p-127424228a = Trang web của CPSC về văn phòng của cơ quan này tại Bắc Kinh cho biết các doanh nghiệp sản xuất ở Trung Quốc sản xuất gần 90% số đồ chơi được mua tại Hoa Kỳ. Trang này không ghi ngày. Đối với đồ chơi sản xuất ở nước ngoài, { -importer } lập { -cpc }. Giấy chứng nhận này dựa trên kết quả thử nghiệm đạt của một phòng thử nghiệm bên thứ ba được CPSC chấp nhận. Giấy chứng nhận và các báo cáo thử nghiệm phải bằng tiếng Anh.

# Small parts and choking hazards › Check your knowledge (heading)
h-27544b5c12 = Kiểm tra kiến thức

# Small parts and choking hazards › Check your knowledge (list item)
li-1c9220f48e = Một đồ chơi được thiết kế cho trẻ em dưới 3 tuổi. Trong các phép thử sử dụng và lạm dụng, một mảnh bị tách rời. Cần phải làm gì?

# Small parts and choking hazards › Check your knowledge (list item)
li-e12308b88c = Không cần làm gì, vì chỉ thử nghiệm toàn bộ đồ chơi.

# Small parts and choking hazards › Check your knowledge (list item)
li-192c379d5e = Đặt mảnh đó vào { -small-parts-cylinder }.

# Small parts and choking hazards › Check your knowledge (list item)
li-465f17d93a = Thêm cảnh báo { -choking-hazard } cho đồ chơi.

# Small parts and choking hazards › Check your knowledge (list item)
li-e10d499a5a = Các mảnh bị tách rời được thử nghiệm bằng ống trụ. Nếu mảnh đó lọt hoàn toàn, đồ chơi không đạt.

# Small parts and choking hazards › Check your knowledge (list item)
li-feb12d3e84 = Sản phẩm nào cần có cảnh báo <span class="label">Small parts. Not for children under 3 yrs.</span> (Chi tiết nhỏ. Không dành cho trẻ em dưới 3 tuổi.)?

# Small parts and choking hazards › Check your knowledge (list item)
li-5dfbd3f3f4 = Đồ chơi dành cho trẻ em dưới 3 tuổi

# Small parts and choking hazards › Check your knowledge (list item)
li-d1cb35d9dc = Đồ chơi hoặc trò chơi có { -small-parts } dành cho trẻ từ 3 đến dưới 6 tuổi

# Small parts and choking hazards › Check your knowledge (list item)
li-654ab4260a = Mọi đồ chơi dành cho trẻ em từ 12 tuổi trở xuống

# Small parts and choking hazards › Check your knowledge (list item)
li-1cb48ddbe7 = Đồ chơi dành cho trẻ em dưới 3 tuổi hoàn toàn không được có { -small-parts }. Cảnh báo này dành cho đồ chơi và trò chơi dành cho trẻ từ 3 tuổi trở lên nhưng dưới 6 tuổi.

# Small parts and choking hazards › Check your knowledge (list item)
li-7dd5af7111 = Một quả bóng lọt hoàn toàn qua lỗ 1,75 inch (44,4 mm) trên dưỡng. Đó là gì?

# Small parts and choking hazards › Check your knowledge (list item)
li-a3ebb633a0 = Một quả bóng nhỏ

# Small parts and choking hazards › Check your knowledge (list item)
li-7d40ac6018 = Một viên bi

# Small parts and choking hazards › Check your knowledge (list item)
li-38a6a23304 = Một quả bóng bay

# Small parts and choking hazards › Check your knowledge (list item)
li-727d4a84e8 = Quả bóng này là quả bóng nhỏ. Quả bóng nhỏ dành cho trẻ em dưới 3 tuổi bị cấm. Đối với trẻ lớn hơn, quả bóng cần có cảnh báo.

# Small parts and choking hazards › Check your knowledge (list item)
li-3f2ff91fe8 = Một trẻ em bị hóc nghẹn do một quả bóng nhỏ từ đồ chơi và ngừng thở trong một thời gian ngắn. Nhà nhập khẩu biết được sự việc này. Nhà nhập khẩu phải báo cáo cho CPSC khi nào?

# Small parts and choking hazards › Check your knowledge (list item)
li-fda2336f86 = Trong vòng 24 giờ

# Small parts and choking hazards › Check your knowledge (list item)
li-9d5cbf69f3 = Trong vòng 10 ngày

# Small parts and choking hazards › Check your knowledge (list item)
li-f4906c8872 = Không cần báo cáo, vì trẻ không tử vong.

# Small parts and choking hazards › Check your knowledge (list item)
li-c398b3ae61 = 16 CFR 1117 yêu cầu báo cáo trong vòng 24 giờ. Trẻ ngừng thở trong bất kỳ khoảng thời gian nào là một trong các trường hợp phải báo cáo. Không nhất thiết phải có trường hợp tử vong.

# Small parts and choking hazards › Sources (heading)
h-caf85b0888 = Nguồn tham khảo

# Small parts and choking hazards › Sources (list item)
li-b1dff48900 = { "[" }eCFR: Part 1501, { -small-parts }](https://www.ecfr.gov/current/title-16/part-1501)

# Small parts and choking hazards › Sources (list item)
li-ab72dce95d = { "[" }eCFR: Section 1500.18, đồ chơi và vật phẩm bị cấm](https://www.ecfr.gov/current/title-16/section-1500.18)

# Small parts and choking hazards › Sources (list item)
li-bc639be434 = { "[" }eCFR: Section 1500.19, cảnh báo { -choking-hazard }](https://www.ecfr.gov/current/title-16/section-1500.19)

# Small parts and choking hazards › Sources (list item)
li-5276172d68 = { "[" }Federal Register: quy định ghi nhãn { -choking-hazard }, ngày 27 tháng 2 năm 1995](https://www.govinfo.gov/content/pkg/FR-1995-02-27/html/95-4484.htm)

# Small parts and choking hazards › Sources (list item)
li-2a1b7237b9 = { "[" }eCFR: Part 1117, báo cáo sự cố hóc nghẹn](https://www.ecfr.gov/current/title-16/part-1117)

# Small parts and choking hazards › Sources (list item)
li-0931c92c47 = { "[" }Federal Register: báo cáo sự cố hóc nghẹn, quy định cuối cùng, ngày 27 tháng 2 năm 1995](http://federal.elaws.us/fr/2/27/1995/95-4483)

# Small parts and choking hazards › Sources (list item)
li-30cde9875c = { "[" }CPSC: { -cpc }](https://www.cpsc.gov/Business--Manufacturing/Testing-Certification/Childrens-Product-Certificate-CPC/)

# Small parts and choking hazards › Sources (list item)
li-f30ee94a2c = { "[" }CPSC: Văn phòng An toàn Sản phẩm Khu vực tại Bắc Kinh](http://www.cpsc.gov/Business--Manufacturing/International/CPSC-Regional-Product-Safety-Office-Beijing/)
