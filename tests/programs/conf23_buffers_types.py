"""memoryview formats and shapes, BytesIO.getbuffer, type sizes, property names."""
import io
import struct


def views():
    m = memoryview(bytearray(range(16))).cast('B',(4,4))
    for k in [(1,2),(1,),(1,2,3),1,(slice(0,1),1),(1,-1),(4,0)]:
      try: print(k, m[k])
      except Exception as e: print(k, type(e).__name__, e)
    try: iter(m)
    except Exception as e: print(type(e).__name__, e)
    try: m[1,2]=300
    except Exception as e: print(type(e).__name__, e)
    m[1,2]=99; print(m.tolist(), m.strides, m.f_contiguous, m.c_contiguous, m.contiguous, len(m), m.nbytes)
    i = memoryview(bytearray(8)).cast('i')
    for v in [1.5, 'x', 2**31, -2**31, True]:
      try: i[0]=v; print(i.tolist())
      except Exception as e: print(type(e).__name__, e)
    d = memoryview(bytearray(8)).cast('d'); d[0]=3; print(d[0], d.tolist())
    try: d[0]='x'
    except Exception as e: print(type(e).__name__, e)
    c = memoryview(bytearray(b'ab')).cast('c'); print(c[0], c.tolist(), list(c))
    for v in [b'xy', 1]:
      try: c[0]=v
      except Exception as e: print(type(e).__name__, e)
    print(memoryview(b'ab').cast('c') == b'ab', i == b'\0'*8, memoryview(b'\x01\x00\x00\x00').cast('i') == memoryview(b'\x01').cast('b'))
    try: hash(memoryview(b'abcd').cast('i'))
    except Exception as e: print(type(e).__name__, e)
    print(hash(memoryview(b'ab').cast('c')) == hash(b'ab'))
    try: memoryview(b'abcd').cast('i').cast('h')
    except Exception as e: print(type(e).__name__, e)
    try: memoryview(b'abcd')[::2].cast('B')
    except Exception as e: print(type(e).__name__, e)
    for s in [[2,3],(0,4),('a',),5]:
      try: memoryview(b'abcd').cast('B', s)
      except Exception as e: print(type(e).__name__, e)
    x = memoryview(bytearray(range(8))).cast('h'); print(x[::2].tolist(), x[1:3].tobytes(), x[-1], x[::-1].tolist())
    try: x[0:2] = b'abcd'
    except Exception as e: print(type(e).__name__, e)
    x[0:2] = memoryview(bytearray(4)).cast('h'); print(x.tolist())
    q = memoryview(bytearray(b'\xff'*8)).cast('Q'); print(q[0]); q[0] = 2**64-1
    try: q[0] = 2**64
    except Exception as e: print(type(e).__name__, e)
    print(memoryview(b'\x01\x02').cast('?').tolist(), memoryview(b'ab').cast('@B').format)
    print(memoryview(bytearray(4)).cast('f').cast('B').format)
    m2=memoryview(bytearray(range(6))).cast('B',[2,3]); print(m2.tolist(), m2.shape, m2.cast('B').tolist(), m2.tobytes(), m2.hex())
    try: m2.cast('B',[3,2])
    except Exception as e: print(type(e).__name__, e)
    f = memoryview(bytearray(8)).cast('f'); f[0] = 1.5; f[1] = 2; print(f.tolist(), bytes(f), f.nbytes, len(f), f.itemsize, f.ndim, f.shape, f.strides, f.readonly)
    print(memoryview(b'\x00\x00\xc0\x3f').cast('f')[0], memoryview(bytes(8)).cast('l').tolist(), memoryview(bytes(8)).cast('L', [1]).tolist())
    raw = struct.pack('<4h', -1, 2, -3, 4)
    h = memoryview(raw).cast('h'); print(h.tolist(), sum(h), max(h), h.readonly, list(reversed(h)))
    try: h[0] = 1
    except TypeError as e: print(e)
    b = io.BytesIO(b"hello world")
    with b.getbuffer() as v:
        v[0:5] = b"HELLO"; print(v.readonly, len(v), v[-1])
    print(b.getvalue(), b.read())
    b.write(b"!!"); print(b.getvalue(), bytes(b.getbuffer()[6:]))
    print(b.getbuffer()[:4].cast('H').tolist(), b.getbuffer().tolist()[-2:])
    b.close()
    try: b.getbuffer()
    except ValueError as e: print(e)


def sizes_and_properties():
    for t in [object,int,float,str,bytes,bytearray,list,tuple,dict,set,frozenset,type,complex,bool,range,slice,BaseException,Exception,ValueError,OSError,KeyError,StopIteration,SyntaxError,ImportError,property,staticmethod,classmethod, ZeroDivisionError, FileNotFoundError]: print(t.__name__, t.__basicsize__, t.__itemsize__)
    class A: pass
    class B: __slots__=('a','b')
    class C(A): pass
    class D(B): __slots__=('c',)
    class E(B): pass
    class F(int): pass
    class G(Exception): pass
    class H: __slots__=('__dict__',)
    class I: __slots__=('__weakref__', 'x')
    class J(I): pass
    class K(A): __slots__ = 'z'
    class L(dict): pass
    for t in [A,B,C,D,E,F,G,H,I,J,K,L]: print(t.__name__, t.__basicsize__, t.__itemsize__)
    class P:
        x = property(lambda s: 1)
        def __init__(self): pass
    p = P()
    print(P.__dict__['x'].__set_name__(P, 'y'))
    try: p.x = 2
    except AttributeError as e: print(e)
    try: P.x.__set__(p, 3)
    except AttributeError as e: print(e)
    try: del p.x
    except AttributeError as e: print(e)
    class O:
      class I:
        x = property(lambda s: 1)
    try: O.I().x = 1
    except AttributeError as e: print(e)
    try: del O.I().x
    except AttributeError as e: print(e)
    class Q:
      y = property(None)
    try: Q().y
    except AttributeError as e: print(e)
    def f():
        class L:
            z = property(lambda s: 2)
        return L
    try: f()().z = 3
    except AttributeError as e: print(e)



def getsizeof_values():
    import sys
    for v in [0, 1, -1, 2**30 - 1, 2**30, 2**60, 10**100, True, None, 1.5, "", "abc", "\xe9", "\u20ac", "\U0001f600", b"", b"ab", (), (1,), [], list(range(10)), {}]:
        print(repr(v)[:12], sys.getsizeof(v))


views()
sizes_and_properties()
getsizeof_values()
