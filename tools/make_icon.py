"""Make the program icon from the bundled font (no drawing program needed).

    python tools/make_icon.py

Writes resources/icons/emergency_desk.png (window and taskbar icon, 256 px) and
resources/icons/emergency_desk.ico (the executables' and shortcuts' icon, 16–256 px): the characters
应急 in white on an emergency-orange rounded square.
"""

from __future__ import annotations

from pathlib import Path

from PIL import Image, ImageDraw, ImageFont

ROOT = Path(__file__).resolve().parent.parent
FONT = ROOT / "resources" / "fonts" / "DroidSansFallbackFull.ttf"
PNG = ROOT / "resources" / "icons" / "emergency_desk.png"
ICO = ROOT / "resources" / "icons" / "emergency_desk.ico"
SIZE = 256


def draw() -> Image.Image:
    img = Image.new("RGBA", (SIZE, SIZE), (0, 0, 0, 0))
    d = ImageDraw.Draw(img)
    d.rounded_rectangle((8, 8, SIZE - 8, SIZE - 8), radius=44, fill=(222, 92, 24, 255))
    d.rounded_rectangle((8, 8, SIZE - 8, SIZE - 8), radius=44, outline=(160, 58, 10, 255),
                        width=6)
    font = ImageFont.truetype(str(FONT), 104)
    d.text((SIZE / 2, SIZE / 2 + 4), "应急", font=font, fill="white", anchor="mm",
           stroke_width=2, stroke_fill="white")
    return img


def main() -> int:
    img = draw()
    PNG.parent.mkdir(parents=True, exist_ok=True)
    img.save(PNG)
    img.save(ICO, sizes=[(s, s) for s in (16, 24, 32, 48, 64, 128, 256)])
    print(PNG)
    print(ICO)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
