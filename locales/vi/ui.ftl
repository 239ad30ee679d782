### Vietnamese interface strings. Draft translation by the Primer team;
### not yet reviewed by a qualified translator.

site-title = Yêu cầu an toàn sản phẩm của Hoa Kỳ — Đào tạo
site-tagline = Đào tạo về các quy định của Hoa Kỳ đối với đồ chơi, cũi trẻ em và quần áo trẻ em

## Navigation
nav-home = Tất cả các quốc gia
nav-modules = Học phần
nav-local = Thông tin tại địa phương
nav-glossary = Bảng thuật ngữ
nav-language = Ngôn ngữ
skip-to-content = Chuyển đến nội dung chính

## Home page and country page
home-heading = Chọn quốc gia
home-intro = Các học phần đào tạo về yêu cầu an toàn của Hoa Kỳ đối với sản phẩm dành cho trẻ em, dành cho nhà sản xuất, nhà xuất khẩu và cơ quan quản lý.
home-languages = Ngôn ngữ: { $languages }
audience-heading = Chọn ngôn ngữ

## Site index
index-heading = Các học phần đào tạo
index-intro = Mỗi học phần giải thích một nhóm yêu cầu của Hoa Kỳ và kết thúc bằng một bài kiểm tra kiến thức ngắn.
index-local-heading = Thông tin tại địa phương
index-local-text = Các cơ quan, đầu mối liên hệ và nơi tra cứu các quy định của Hoa Kỳ dành cho quốc gia sở tại.
category-general = Yêu cầu đối với mọi sản phẩm dành cho trẻ em
category-toys = Đồ chơi
category-cribs = Cũi và sản phẩm dùng cho giấc ngủ của trẻ sơ sinh
category-clothing = Quần áo trẻ em

## Module page
module-objectives = Sau khi hoàn thành học phần này, người học có thể:
module-regulations = Các quy định được viện dẫn
module-reviewed = Rà soát lần cuối: ngày { $day } tháng { $month } năm { $year }
module-handout = Tài liệu phát tay để in (PDF)
module-back = Quay lại tất cả các học phần

## Regulations index
nav-regulations = Quy định
regulations-heading = Các quy định được viện dẫn
regulations-intro = Tất cả các quy định của Hoa Kỳ được viện dẫn trong các học phần này, kèm theo liên kết đến văn bản chính thức trên eCFR và đến các học phần giải thích quy định đó.
regulations-cited-by = Được giải thích trong:
regulations-standards = Tiêu chuẩn
regulation-edition = Áp dụng { $standard } ({ $citation }), có hiệu lực từ ngày { $day }/{ $month }/{ $year }.
regulation-successor = Từ ngày { $day }/{ $month }/{ $year }: { $standard } ({ $citation }).
regulation-unconfirmed = Chưa được xác nhận trong nguồn chính thức: vui lòng kiểm tra trên eCFR.
regulation-rule = { $citation }, đã có hiệu lực từ ngày { $day }/{ $month }/{ $year }.
regulation-rule-successor = { $citation }, có hiệu lực từ ngày { $day }/{ $month }/{ $year }.

## Search
nav-search = Tìm kiếm
search-heading = Tìm kiếm
search-label = Tìm kiếm trong các học phần đào tạo
search-button = Tìm kiếm
search-exact-diacritics = Khớp chính xác cả dấu
search-needs-script = Nhập một từ để tìm kiếm. Chức năng tìm kiếm cần có JavaScript.
search-no-results = Không có kết quả.
search-more = Thêm kết quả
search-results =
    { $count ->
       *[other] { $count } kết quả.
    }

## Knowledge check (interactive)
quiz-right = Đúng.
quiz-wrong = Không đúng.
quiz-score = Kết quả: đúng { $correct }/{ $total } câu.

## Glossary page
glossary-heading = Bảng thuật ngữ
glossary-intro = Các thuật ngữ được sử dụng trong các học phần này, kèm theo thuật ngữ tiếng Anh xuất hiện trong các quy định của Hoa Kỳ.
glossary-term = Thuật ngữ
glossary-english = Tiếng Anh
glossary-note = Ghi chú

## Translation status and notices
status-label = Tình trạng bản dịch
status-heading = Tình trạng bản dịch
status-intro = Mức độ dịch của từng học phần sang từng ngôn ngữ. Các đoạn chưa dịch, có bản dịch đã cũ hoặc không qua được kiểm tra sẽ hiển thị bằng tiếng Anh.
status-percent = Đã dịch { $percent }%
status-review-draft = bản dịch nháp, chưa được rà soát
status-review-reviewed = bản dịch đã được rà soát
status-document = Tệp bản dịch
status-translated = Đã dịch
status-missing = Còn thiếu
status-stale = Đã cũ
status-invalid = Không hiển thị
status-total = Tổng
status-review-due-heading = Cần rà soát lại
status-review-due-intro = Các học phần này được rà soát lần cuối trước khi một phiên bản của tiêu chuẩn mà chúng viện dẫn có hiệu lực. Chuyên gia cần đối chiếu lại với phiên bản mới.
status-review-due-reviewed = rà soát lần cuối ngày { $day }/{ $month }/{ $year }
status-review-due-edition = { $standard }, có hiệu lực từ ngày { $day }/{ $month }/{ $year } (16 CFR { $part })
nav-translation-status = Tình trạng bản dịch
index-booklet = Tất cả học phần trong một tập in (PDF)
handout-booklet-title = Tất cả các học phần đào tạo
handout-page = Trang { $page }/{ $total }
handout-answer-key = Đáp án
handout-local = Thông tin tại địa phương
handout-contents = Mục lục
handout-qr = Đọc học phần này trực tuyến
handout-fallbacks = { $count } đoạn được in bằng tiếng Anh vì bản dịch còn thiếu hoặc đã cũ.
status-draft = Bản dịch này là bản nháp. Bản dịch chưa được biên dịch viên có chuyên môn rà soát.
status-reviewed = Bản dịch này đã được biên dịch viên có chuyên môn rà soát.
status-fallbacks =
    { $count ->
       *[other] { $count } đoạn văn trên trang này được hiển thị bằng tiếng Anh vì bản dịch còn thiếu hoặc đã cũ:
    }
status-fallback-link = đoạn { $number }
notice-authoritative = Khóa đào tạo này chỉ nhằm mục đích cung cấp thông tin. Văn bản tiếng Anh và các quy định chính thức của Hoa Kỳ (eCFR, cpsc.gov) là văn bản có giá trị chính thức.
marker-untranslated = [chưa được dịch]
marker-invalid = [bản dịch không được hiển thị]
marker-stale = [bản dịch đã cũ]

## Alerts
alert-note = Lưu ý
alert-tip = Gợi ý
alert-important = Quan trọng
alert-warning = Cảnh báo
alert-caution = Thận trọng

## Knowledge checks
quiz-show-answer = Xem đáp án
quiz-correct = Đáp án đúng:
quiz-choose-all = Chọn tất cả các đáp án đúng.
quiz-check = Kiểm tra đáp án

## Briefing slides
slides-link = Trang chiếu
slides-pdf = Trang chiếu (PDF)
slides-previous = Trang chiếu trước
slides-next = Trang chiếu tiếp theo
slides-notes = Ghi chú của người trình bày
slides-fullscreen = Toàn màn hình
slides-print = In các trang chiếu
slides-counter = Trang chiếu { $current } trên { $total }
slides-help = Phím mũi tên hoặc Page Up, Page Down: trang chiếu trước và tiếp theo. N: ghi chú của người trình bày. F: toàn màn hình. P: in.
slides-objectives = Mục tiêu
slides-regulations-cited = Các quy định được viện dẫn
slides-sources = Nguồn
slides-question = Câu hỏi { $number }
slides-answer = Đáp án
slides-back = Quay lại học phần
