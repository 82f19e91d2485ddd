# The SimPy anchor of issue 9 (the project's own model, kept in the lead's shared/anchors/simpy_contact_centre.py):
# the same contact centre as termccp-bench, run by scripts/simpy-ratio.py beside it.
# Anchor model (written here, not a copy): run with `python3 simpy_contact_centre.py 100000` after `pip install simpy`. Prints loop wall and CPU time.
# Anchor: a SimPy contact centre: Poisson arrivals, 50 agents, queue, each contact transferred once (consult + join + leave), ACW.
import simpy, random, time, sys, resource
N = int(sys.argv[1]) if len(sys.argv) > 1 else 10000
random.seed(1)
env = simpy.Environment()
agents = simpy.Resource(env, capacity=40)
specialists = simpy.Resource(env, capacity=10)
done = [0]
records = []
def contact(env, i):
    t0 = env.now
    with agents.request() as req:           # queue for agent 1
        yield req
        rec1 = {"id": i, "enq": t0, "deq": env.now}
        yield env.timeout(random.expovariate(1/120))   # talk
        with specialists.request() as req2:      # consult agent 2 (customer on hold)
            yield req2
            yield env.timeout(random.expovariate(1/10))  # consult
            yield env.timeout(random.expovariate(1/15))  # conference then agent 1 leaves
            records.append(rec1)
        # agent 1 ACW
        yield env.timeout(30)
    done[0] += 1
def source(env):
    for i in range(N):
        env.process(contact(env, i))
        yield env.timeout(random.expovariate(1/6.5))
env.process(source(env))
t = time.perf_counter(); c = time.process_time(); env.run(); dt = time.perf_counter() - t; dc = time.process_time() - c
print(f"simpy: {done[0]} contacts in {dt:.3f}s = {done[0]/dt:.0f} contacts/s; cpu {dc:.3f}s = {done[0]/dc:.0f} contacts/cpu-s; maxrss {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss/1024:.1f} MB")
