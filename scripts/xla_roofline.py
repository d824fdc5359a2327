#!/usr/bin/env python3
"""Roofline estimate of an XLA GPU program from its optimised-HLO dump.

Usage (on a dump written with XLA_FLAGS="--xla_dump_to=DIR --xla_dump_hlo_as_text"):
    python3 scripts/xla_roofline.py DIR/module_*.<name>.sm_9.0a_gpu_after_optimizations.txt [TOP]

For every instruction of the ENTRY computation it counts the bytes of its operands and results
and, for cuBLAS matmuls, the FLOPs, and estimates its time as max(bytes / BW, flops / PEAK)
(BW 2.8 TB/s, PEAK 650 TFLOP/s: H100 SXM figures reached in practice). It prints the totals by
kind (fusion kind, custom-call target) and the TOP memory-heaviest instructions. cuDNN calls are
listed but not timed. An estimate, not a profile: it finds where traffic goes (this is how the
LM head's 94-operand dW sum was found), it does not replace a profiler.
"""
import collections
import re
import sys

f = sys.argv[1]
txt=open(f).read()
ent=txt[txt.index('ENTRY'):]
ent=ent[:ent.index('\n}\n')]
lines=ent.split('\n')[1:]
SZ={'bf16':2,'f16':2,'f32':4,'s32':4,'s64':8,'u8':1,'s8':1,'pred':1,'u32':4,'f64':8}
def arrs(t):
    out=[]
    for m in re.finditer(r'\b(bf16|f32|f16|s32|s64|u8|s8|pred|u32|f64)\[([0-9,]*)\]',t):
        dt,dims=m.groups(); n=1
        for d in dims.split(','):
            if d: n*=int(d)
        out.append((n*SZ[dt],dt,dims))
    return out
types={}
rows=[]
for ln in lines:
    m=re.match(r'\s*(ROOT )?%(\S+) = (\(.*?\)|\S+) (\w[\w-]*)\((.*)',ln)
    if not m: continue
    name,rtype,op,rest=m.group(2),m.group(3),m.group(4),m.group(5)
    types[name]=arrs(rtype)
    if op in ('parameter','get-tuple-element','tuple','constant','bitcast'): continue
    depth=1;i=0
    while i<len(rest) and depth>0:
        if rest[i]=='(':depth+=1
        elif rest[i]==')':depth-=1
        i+=1
    ops=rest[:i-1]; attrs=rest[i:]
    ib=0
    opshapes=[]
    for om in re.finditer(r'%([\w.\-]+?)(?:#(\d+))?(?=[,)\s]|$)',ops):
        nm,idx=om.group(1),om.group(2)
        ts=types.get(nm,[])
        if idx is not None and int(idx)<len(ts): ts=[ts[int(idx)]]
        ib+=sum(t[0] for t in ts); opshapes.append(ts)
    ob=sum(t[0] for t in types[name] if t[2]!='33554432')
    kind=op; flops=0
    if op=='custom-call':
        tg=re.search(r'custom_call_target="([^"]+)"',attrs).group(1); kind=tg
        if 'matmul' in tg:
            dn=re.search(r'"lhs_contracting_dimensions":\["(\d+)"',attrs)
            on=types[name][0][0]//SZ[types[name][0][1]]
            lhs=opshapes[0][0][2].split(',') if opshapes and opshapes[0] else ['0']
            k=int(lhs[int(dn.group(1))])
            flops=2*on*k
            kind+=' '+types[name][0][1]
    elif op=='fusion':
        k=re.search(r'kind=(\w+)',attrs); kind='fusion:'+(k.group(1) if k else '?')
    rows.append((name,kind,ib,ob,flops,str([t[1]+'['+t[2]+']' for t in types[name]])[:80]))
bw=2.8e12; fl=650e12
agg=collections.defaultdict(lambda:[0,0,0,0.0]); tot=0
for name,kind,ib,ob,flops,rt in rows:
    t=max((ib+ob)/bw, flops/fl)
    if 'cudnn' in kind: t=0
    a=agg[kind]; a[0]+=1; a[1]+=ib+ob; a[2]+=flops; a[3]+=t; tot+=t
for k,v in sorted(agg.items(),key=lambda x:-x[1][3])[:14]:
    print(f"{k:40s} n={v[0]:5d} bytes={v[1]/1e9:8.2f}GB flops={v[2]/1e12:7.2f}T est={v[3]*1e3:7.2f}ms")
print("total est ms (excluding cudnn)",round(tot*1e3,1), "n",len(rows))
rows2=[r for r in rows if r[4]==0]
rows2.sort(key=lambda r:-(r[2]+r[3]))
for r in rows2[:int(sys.argv[2]) if len(sys.argv)>2 else 30]:
    print(r[0],r[1],f"{(r[2]+r[3])/1e6:.0f}MB",r[5])
