"""``python -m wgec.cli``."""
from wgec.cli import main

main()
