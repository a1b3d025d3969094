"""A page photographed upside down and askew: the copy is turned upright and every glyph of its numbers painted,
and the evaluation compares a turned copy in the right frame.

Real Tesseract (orientation detection, the straightened reading), real zxing-cpp, real files.
"""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest

from pipeline.anonymise.evaluation import box_in_turned, copy_turn, evaluate_files, load_set
from pipeline.ingest.ocr import osd_available, tesseract_available
from pipeline.redact import RedactSettings, redact_file

FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
APPLICANT = "Dr Amara Okafor"
NUMBERS = ("943 476 5919", "RX7714302")
SKEW = -5.0  # degrees (PIL: counter-clockwise), after the half turn


def _upside_down_askew_page():
    """A drug-chart label with an NHS number, a hospital number and a Code 128 of it, turned 180 degrees and 5
    degrees askew and a little blurred (as a phone photographs a chart on the bed's foot); returns the page and,
    for each number, the mask of its glyphs carried through the same turns.

    Turned upright but read as it is askew, Tesseract reads 16 of the page's 60 words and neither number (so
    neither is painted); straightened after the turn, all of them."""
    import zxingcpp
    from PIL import Image, ImageDraw, ImageFilter, ImageFont

    font = ImageFont.truetype(FONT, 34)
    page = Image.new("L", (1400, 1000), 255)
    draw = ImageDraw.Draw(page)
    lines = [
        "INPATIENT PRESCRIPTION AND ADMINISTRATION RECORD",
        "Ward 12 Elderly Care   Consultant ward round Monday",
        "Name: PEMBERTON, Harold   DOB 02/03/1938   M",
        f"NHS {NUMBERS[0]}   Hosp No {NUMBERS[1]}",
        "Allergies: penicillin (rash)   Weight 71 kg",
        "Apixaban 2.5 mg twice daily by mouth, review renal function",
        "Furosemide 40 mg intravenous twice daily, daily weights",
        "Paracetamol 1 g four times daily when required for pain",
    ]
    masks = {n: Image.new("L", page.size, 0) for n in NUMBERS}
    y = 60
    for line in lines:
        draw.text((70, y), line, font=font, fill=0)
        for n in NUMBERS:
            if n in line:
                x = 70 + draw.textlength(line[:line.index(n)], font=font)
                ImageDraw.Draw(masks[n]).text((x, y), n, font=font, fill=255)
        y += 62
    bars = np.asarray(zxingcpp.create_barcode(NUMBERS[1], zxingcpp.BarcodeFormat.Code128).to_image(scale=4))
    page.paste(Image.fromarray(bars).resize((bars.shape[1], 110)), (70, y + 20))

    def turned(image, fill):
        image = image.transpose(Image.Transpose.ROTATE_180)
        return image.rotate(SKEW, resample=Image.BICUBIC, expand=True, fillcolor=fill)

    return turned(page, 255).filter(ImageFilter.GaussianBlur(0.9)), {n: turned(m, 0) for n, m in masks.items()}


@pytest.mark.slow
@pytest.mark.skipif(not (tesseract_available() and osd_available()), reason="needs Tesseract with its osd data")
def test_an_upside_down_askew_photo_is_copied_upright_with_every_glyph_of_its_numbers_painted(tmp_path):
    import zxingcpp
    from PIL import Image

    page, masks = _upside_down_askew_page()
    src = tmp_path / "drug-chart.png"
    page.save(src)
    assert NUMBERS[1] in {c.text for c in zxingcpp.read_barcodes(page)}

    result, _ = redact_file(src, tmp_path / "out", applicant=APPLICANT, settings=RedactSettings(workers=1))
    assert result.output, result.error
    with Image.open(result.output) as image:
        copy = np.asarray(image.convert("L"))
        assert not zxingcpp.read_barcodes(image.convert("L"), try_rotate=True, try_downscale=True, try_invert=True)
    original = np.asarray(page)
    # the copy is the page turned upright: a half turn of the original, pixel for pixel (no other resampling)
    assert copy.shape == original.shape
    for number, mask in masks.items():
        glyphs = (np.asarray(mask) > 48) & (original < 160)  # the number's ink as photographed
        assert glyphs.sum() > 300, number
        in_copy = np.rot90(glyphs, 2)  # the same pixels in the copy's (upright) frame
        left = int((copy[in_copy] > 60).sum())
        assert left == 0, f"{left} of {int(glyphs.sum())} pixels of a number's glyphs survive"
    # and the rest of the page is not painted over wholesale
    assert (copy < 60).mean() < 0.25
    # the leak check, reading the copy again, finds no number or code left (a name it doubts may be flagged)
    assert not [f for f in result.flags if f.kind in ("identifier", "code")], [f.public() for f in result.flags]


# ------------------------------------------------------------------ the evaluation, on a turned copy


def test_a_box_follows_a_quarter_turn():
    page = np.zeros((40, 60), dtype=np.uint8)
    page[10:14, 30:45] = 255  # rows 10-13, columns 30-44
    box = (30 / 60, 10 / 40, 45 / 60, 14 / 40)
    for turns in range(-3, 5):
        turned = np.rot90(page, turns)
        h, w = turned.shape
        x0, y0, x1, y1 = box_in_turned(box, turns)
        rows, cols = np.nonzero(turned)
        assert (round(x0 * w), round(y0 * h), round(x1 * w), round(y1 * h)) == (
            cols.min(), rows.min(), cols.max() + 1, rows.max() + 1), turns


def _labelled_page(tmp_path: Path):
    """A page with a hospital number (an identifier) and a drug name (a keep), and its label record."""
    from PIL import Image, ImageDraw, ImageFont

    font = ImageFont.truetype(FONT, 40)
    page = Image.new("L", (1200, 800), 255)
    draw = ImageDraw.Draw(page)
    draw.text((80, 100), "Referral to the falls clinic, seen on the ward", font=font, fill=0)
    draw.text((80, 200), "Hosp No", font=font, fill=0)
    x = 80 + draw.textlength("Hosp No ", font=font)
    draw.text((x, 200), "RX7714302", font=font, fill=0)
    number = draw.textbbox((x, 200), "RX7714302", font=font)
    draw.text((80, 300), "Apixaban", font=font, fill=0)
    keep = draw.textbbox((80, 300), "Apixaban", font=font)
    draw.text((80, 400), "Plan: bone health review and strength and balance classes", font=font, fill=0)
    folder = tmp_path / "set"
    (folder / "files").mkdir(parents=True)
    page.save(folder / "files" / "page.png")
    W, H = page.size
    frac = lambda b: [b[0] / W, b[1] / H, b[2] / W, b[3] / H]  # noqa: E731
    record = {"id": "t-001", "file": "files/page.png", "format": "png", "kind": "scan", "applicant": APPLICANT,
              "pages": 1, "identifiers": [{"text": "RX7714302", "type": "HOSPITAL_NUMBER", "page": 1,
                                           "box": frac(number)}],
              "keep": [{"text": "Apixaban", "page": 1, "box": frac(keep)}], "barcodes": [], "photos": []}
    (folder / "files.jsonl").write_text(json.dumps(record) + "\n", encoding="utf-8")
    return folder, page, number


@pytest.mark.parametrize("turns", [2, -1, 0])
def test_a_copy_turned_upright_and_painted_right_scores_as_painted(tmp_path, turns):
    """The copy of a page read upside down (or sideways) is written turned; painted exactly over the number in
    its own frame, it scores as painted, and the keep beside it as kept."""
    from PIL import Image, ImageDraw

    folder, page, number = _labelled_page(tmp_path)
    _, files = load_set(folder)

    def turned_copy(path, out_dir, applicant):
        # what the tool writes for a page it read turned: the page in the frame it was read in, painted there
        copy = Image.fromarray(np.ascontiguousarray(np.rot90(np.asarray(page), turns)))
        W, H = page.size
        x0, y0, x1, y1 = box_in_turned((number[0] / W, number[1] / H, number[2] / W, number[3] / H), turns)
        w, h = copy.size
        ImageDraw.Draw(copy).rectangle([x0 * w - 6, y0 * h - 6, x1 * w + 6, y1 * h + 6], fill=0)
        Path(out_dir).mkdir(parents=True, exist_ok=True)
        copy.save(Path(out_dir) / "copy.png")
        return str(Path(out_dir) / "copy.png")

    result = evaluate_files(files, tmp_path / "out", redact=turned_copy, workers=1)
    assert result["overall"]["recall"] == 1.0
    assert result["keep"]["rate"] == 1.0
    assert result["clean_documents"]["clean"] == 1
    with Image.open(tmp_path / "out" / "t-001" / "copy.png") as image:
        assert copy_turn(np.asarray(page), np.asarray(image.convert("L"))) == -turns % 4


def test_a_turned_copy_painted_in_the_wrong_place_still_scores_as_unpainted(tmp_path):
    """Aligning the frames finds no paint that is not there: a half-turned copy painted where the number was in
    the original's frame (not where it is in the copy) leaves the number readable."""
    from PIL import Image, ImageDraw

    folder, page, number = _labelled_page(tmp_path)
    _, files = load_set(folder)

    def misplaced(path, out_dir, applicant):
        copy = Image.fromarray(np.ascontiguousarray(np.rot90(np.asarray(page), 2)))
        ImageDraw.Draw(copy).rectangle([number[0] - 6, number[1] - 6, number[2] + 6, number[3] + 6], fill=0)
        Path(out_dir).mkdir(parents=True, exist_ok=True)
        copy.save(Path(out_dir) / "copy.png")
        return str(Path(out_dir) / "copy.png")

    result = evaluate_files(files, tmp_path / "out", redact=misplaced, workers=1)
    assert result["overall"]["recall"] == 0.0
