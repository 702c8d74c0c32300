"""What exists only for speed, around the one-document core of :mod:`lawgov_extract.pipeline`.

- :mod:`.run`: a run over many files, in input order, on one or several processes;
- :mod:`.chunks`: documents extracted a chunk at a time, stage by stage and rule by rule;
- :mod:`.timer`: SIGALRM bounds the rules instead of the regex module's per-call timeout;
- :mod:`.workers`: the worker processes;
- :mod:`.spill`: district-year records on disk until the table is merged;
- :mod:`.regexcache`: compiled rules kept on disk between runs.

The core never imports from here.
"""
