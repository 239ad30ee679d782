### Vietnamese glossary terms. Draft translation by the Primer team;
### not yet reviewed by a qualified translator.

-childrens-product = sản phẩm dành cho trẻ em
    .note = Sản phẩm tiêu dùng được thiết kế hoặc dự định chủ yếu dành cho trẻ em từ 12 tuổi trở xuống.
-cpc = Giấy chứng nhận sản phẩm dành cho trẻ em (CPC)
    .note = Giấy chứng nhận mà nhà nhập khẩu Hoa Kỳ hoặc nhà sản xuất trong nước dùng để chứng nhận sản phẩm tuân thủ quy định.
-third-party-testing = thử nghiệm bên thứ ba
-cpsc-accepted-lab = phòng thử nghiệm được CPSC chấp nhận
    .note = Phòng thử nghiệm bên thứ ba có chứng nhận công nhận đã được CPSC chấp nhận.
-tracking-label = nhãn truy xuất
-small-parts = bộ phận nhỏ
-small-parts-cylinder = ống trụ thử nghiệm bộ phận nhỏ
-choking-hazard = nguy cơ hóc nghẹn
-warning-label = nhãn cảnh báo
-lead = chì
-total-lead-content = tổng hàm lượng chì
-surface-coating = sơn và lớp phủ bề mặt
-phthalates = phthalate
-cpsc = CPSC
    .note = Ủy ban An toàn Sản phẩm Tiêu dùng Hoa Kỳ (U.S. Consumer Product Safety Commission).
-recall = thu hồi
