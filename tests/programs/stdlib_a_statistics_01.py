# statistics: exact means/variances and their result types, stdev rounding, errors
import statistics as st
from fractions import Fraction as F
data = [2.75, 1.75, 1.25, 0.25, 0.5, 1.25, 3.5]
print(st.mean([1, 2, 3, 4, 4]), st.mean([1, 2, 3]), st.mean([1, 2]), st.mean(data), st.mean([F(1, 2), F(1, 3)]), st.mean([1, 2.5]), st.mean([True, False]))
print(st.median([1, 3, 5]), st.median([1, 3, 5, 7]), st.median_low([1, 3, 5, 7]), st.median_high([1, 3, 5, 7]), st.median_grouped([52, 52, 53, 54]), st.median_grouped([1, 3, 3, 5, 7], interval=2), st.median_grouped([5]))
print(st.mode([1, 1, 2, 3, 3, 3, 3, 4]), st.mode(["red", "blue", "blue", "red", "green"]), st.multimode("aabbbbccddddeeffffgg"), st.multimode([]))
print(st.variance(data), st.variance([1, 2, 3, 4]), st.pvariance([0.0, 0.25, 0.25, 1.25, 1.5, 1.75, 2.75, 3.25]), st.variance([F(1, 6), F(1, 2), F(5, 3)]), st.pvariance([1, 2, 3, 4]))
print(st.stdev([1.5, 2.5, 2.5, 2.75, 3.25, 4.75]), st.pstdev([1.5, 2.5, 2.5, 2.75, 3.25, 4.75]), st.stdev([1, 2, 3, 4, 5]), st.stdev(range(100)), st.pstdev([2, 4, 4, 4, 5, 5, 7, 9]), st.stdev([0.1, 0.2, 0.3, 0.4]))
print(st.fmean([3.5, 4.0, 5.25]), st.geometric_mean([54, 24, 36]), st.harmonic_mean([40, 60]), st.harmonic_mean([2.5, 3, 10]), st.harmonic_mean([40, 60], weights=[5, 30]))
print(st.quantiles([105, 129, 87, 86, 111, 111, 89, 81, 108, 92, 110, 100, 75, 105, 103, 109, 76, 119, 99, 91, 103, 129, 106, 101, 84, 111, 74, 87, 86, 103, 103, 106, 86, 111, 75, 87, 102, 121, 111, 88, 89, 101, 106, 95, 103, 107, 101, 81, 109, 104], n=10))
print(st.quantiles([1, 2, 3, 4, 5], method="inclusive"), st.variance([1, 2, 3], xbar=2), st.mean([float("inf"), 1]), st.mean([1e300, 1e300]))
for f, arg in [(st.mean, []), (st.variance, [1]), (st.stdev, [1]), (st.median, []), (st.mode, []), (st.pstdev, []), (st.geometric_mean, [0, 1])]:
    try: f(arg)
    except st.StatisticsError as e: print(type(e).__name__, e)
try: st.mean(["a"])
except TypeError as e: print(e)
x = [1, 2, 3, 4, 5]; y = [2, 4, 5, 4, 5]
print(st.covariance(x, y), st.correlation(x, y), st.linear_regression(x, y))
nd = st.NormalDist(100, 15); print(nd, round(nd.cdf(130), 6), round(nd.inv_cdf(0.975), 6), nd.pdf(100), st.NormalDist.from_samples([1, 2, 3]).stdev)
