"""Provenance: the file documents are rendered by src/make_files.py (called from build.py)."""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "src"))
import make_files
if __name__ == "__main__":
    print(len(make_files.build()), "file records (run build.py to also write files.jsonl)")
