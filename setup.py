"""The optional C accelerator of the OpenCC converter; everything else is in pyproject.toml.

``cntextclean.script._fmm`` (``src/cntextclean/script/_fmm.c``, CPython C API only) is built
when a C compiler and the Python headers are there. It is optional: when it cannot be built
the package installs without it and the converter runs its pure-Python path (identical
output, slower); on other Python implementations it is not attempted.
``cntextclean.script.opencc.ACCELERATED`` (and ``cntextclean --version``) says which path runs.
"""

import platform

from setuptools import Extension, setup

ext_modules = []
if platform.python_implementation() == "CPython":
    ext_modules.append(
        Extension(
            "cntextclean.script._fmm",
            sources=["src/cntextclean/script/_fmm.c"],
            optional=True,  # a failed build is a warning: pure Python then
        )
    )

setup(ext_modules=ext_modules)
