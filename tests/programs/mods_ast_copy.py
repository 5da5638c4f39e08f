# ast trees through copy.deepcopy, pickle and ast.parse from several threads.
import ast, copy, pickle
t = ast.parse("x = [1, 2]\nprint(x)")
c = copy.deepcopy(t)
print(ast.dump(c) == ast.dump(t), c.body[0] is not t.body[0])
p = pickle.loads(pickle.dumps(t))
print(ast.dump(p, include_attributes=True) == ast.dump(t, include_attributes=True))
print(ast.unparse(copy.copy(t)))
import threading
out = []
def work(i):
    for _ in range(20):
        out.append(ast.dump(ast.parse("a%d = b + %d" % (i, i))))
ts = [threading.Thread(target=work, args=(i,)) for i in range(4)]
[t.start() for t in ts]; [t.join() for t in ts]
print(len(out), len(set(out)))
