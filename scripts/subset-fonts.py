#!/usr/bin/env python3
"""Rebuild the handout fonts in themes/default/fonts/ from Debian's Noto packages.

Noto Sans (Latin, Greek, Cyrillic; every Vietnamese letter) is copied as is. Noto Sans CJK
SC and KR are subset to keep the repository small, which the SIL Open Font License allows
(see themes/default/fonts/OFL.txt):
  - SC: GB 2312 (6,763 common Hanzi and symbols), CJK punctuation, full-width forms, and
    every character the zh-CN content uses today;
  - KR: all Hangul syllables and jamo, CJK punctuation, full-width forms;
  - JP: JIS X 0208 (6,355 kanji, kana and symbols), half-width katakana, CJK punctuation,
    full-width forms, and every character the ja content uses today. Japanese pages need
    the Japanese glyph forms of Han characters, which the SC face does not have.
A character missing from every shipped font is reported by the build as a warning.

Needs: apt-get install fonts-noto-cjk fonts-noto-core; pip install fonttools==4.60.1
Run from the repository root: python3 scripts/subset-fonts.py
"""
import pathlib, shutil, subprocess, sys

OUT = pathlib.Path("themes/default/fonts")
CJK = pathlib.Path("/usr/share/fonts/opentype/noto")
LATIN = pathlib.Path("/usr/share/fonts/truetype/noto")
BASIC = "U+0020-007E,U+00A0-00FF,U+2000-206F,U+2190-21FF,U+2460-24FF,U+25A0-25FF,U+3000-303F,U+FF00-FFEF"


def gb2312():
    chars = set()
    for hi in range(0xA1, 0xF8):
        for lo in range(0xA1, 0xFF):
            try:
                chars.add(bytes([hi, lo]).decode("gb2312"))
            except UnicodeDecodeError:
                pass
    return chars


def jis_x_0208():
    chars = set()
    for hi in range(0xA1, 0xFF):
        for lo in range(0xA1, 0xFF):
            try:
                chars.add(bytes([hi, lo]).decode("euc_jp"))
            except UnicodeDecodeError:
                pass
    return chars


def used(locale):
    text = ""
    for path in sorted(pathlib.Path("locales", locale).rglob("*.ftl")):
        text += path.read_text(encoding="utf-8")
    return {c for c in text if ord(c) > 0x2E7F}


def subset(ttc, index, unicodes, text, out):
    textfile = OUT / ".subset-text.txt"
    textfile.write_text("".join(sorted(text)), encoding="utf-8")
    subprocess.run(
        [sys.executable, "-m", "fontTools.subset", str(ttc), f"--font-number={index}",
         f"--unicodes={unicodes}", f"--text-file={textfile}", "--layout-features=*",
         "--name-IDs=*", "--name-languages=*", "--notdef-outline", f"--output-file={out}"],
        check=True,
    )
    textfile.unlink()


def main():
    OUT.mkdir(parents=True, exist_ok=True)
    for style in ["Regular", "Bold", "Italic", "BoldItalic"]:
        shutil.copy(LATIN / f"NotoSans-{style}.ttf", OUT / f"NotoSans-{style}.ttf")
    zh = gb2312() | used("zh-CN")
    for weight in ["Regular", "Bold"]:
        subset(CJK / f"NotoSansCJK-{weight}.ttc", 2, BASIC, zh, OUT / f"NotoSansCJKsc-{weight}.subset.otf")
        subset(CJK / f"NotoSansCJK-{weight}.ttc", 1, BASIC + ",U+1100-11FF,U+3130-318F,U+AC00-D7A3", used("ko"), OUT / f"NotoSansCJKkr-{weight}.subset.otf")
        subset(CJK / f"NotoSansCJK-{weight}.ttc", 0, BASIC + ",U+3040-30FF,U+31F0-31FF,U+FF61-FF9F", jis_x_0208() | used("ja"), OUT / f"NotoSansCJKjp-{weight}.subset.otf")


if __name__ == "__main__":
    main()
