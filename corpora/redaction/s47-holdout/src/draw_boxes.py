"""Debug aid: draw every labelled box onto the rendered pages (red = identifier, green = keep, blue = barcode)."""
import json, os, sys
from PIL import Image, ImageDraw
import pypdfium2 as pdfium
SET = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
out = sys.argv[1] if len(sys.argv) > 1 else '/tmp/s47dbg'
os.makedirs(out, exist_ok=True)
for line in open(os.path.join(SET, 'files.jsonl')):
    d = json.loads(line)
    if d['format'] in ('docx', 'eml'): continue
    path = os.path.join(SET, d['file'])
    pages = [p.render(scale=2).to_pil() for p in pdfium.PdfDocument(path)] if d['format'] == 'pdf' else [Image.open(path).convert('RGB')]
    for i, im in enumerate(pages, 1):
        dr = ImageDraw.Draw(im); W, H = im.size
        for lst, col in ((d['identifiers'], 'red'), (d['keep'], 'green'), (d.get('barcodes', []), 'blue')):
            for e in lst:
                if e['page'] == i:
                    x0, y0, x1, y1 = e['box']; dr.rectangle([x0 * W, y0 * H, x1 * W, y1 * H], outline=col, width=2)
        im.save(os.path.join(out, f"{d['id']}-p{i}.png"))
print('done', out)
