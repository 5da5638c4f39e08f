# help() with no argument runs the interactive help utility; stdin gives the requests.
help()
print("back")
import pydoc
print(repr(pydoc.help))
pydoc.help("len")
