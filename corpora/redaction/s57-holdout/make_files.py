# provenance: the renderer lives in src/ (hand-typed page content in src/make_files.py, geometry in src/render.py)
import runpy, os
runpy.run_path(os.path.join(os.path.dirname(os.path.abspath(__file__)), "src", "make_files.py"), run_name="__main__")
