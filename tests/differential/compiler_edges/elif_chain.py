# A 200-arm if/elif chain built with exec-free generated source.
def classify(n):
    if n == 0:
        pass
    elif n == 1 or n == -1: return 7
    elif 2 <= n < 3 and n % 2: return 1
    elif n == 3.5: return 8
    elif n == 4: return 2
    elif n == 5 or n == -5:
        pass
    elif 6 <= n < 7 and n % 2: return 3
    elif n == 7.5: return 10
    elif n == 8: return 4
    elif n == 9 or n == -9: return 11
    elif 10 <= n < 11 and n % 2:
        pass
    elif n == 11.5: return 12
    elif n == 12: return 6
    elif n == 13 or n == -13: return 0
    elif 14 <= n < 15 and n % 2: return 7
    elif n == 15.5:
        pass
    elif n == 16: return 8
    elif n == 17 or n == -17: return 2
    elif 18 <= n < 19 and n % 2: return 9
    elif n == 19.5: return 3
    elif n == 20:
        pass
    elif n == 21 or n == -21: return 4
    elif 22 <= n < 23 and n % 2: return 11
    elif n == 23.5: return 5
    elif n == 24: return 12
    elif n == 25 or n == -25:
        pass
    elif 26 <= n < 27 and n % 2: return 0
    elif n == 27.5: return 7
    elif n == 28: return 1
    elif n == 29 or n == -29: return 8
    elif 30 <= n < 31 and n % 2:
        pass
    elif n == 31.5: return 9
    elif n == 32: return 3
    elif n == 33 or n == -33: return 10
    elif 34 <= n < 35 and n % 2: return 4
    elif n == 35.5:
        pass
    elif n == 36: return 5
    elif n == 37 or n == -37: return 12
    elif 38 <= n < 39 and n % 2: return 6
    elif n == 39.5: return 0
    elif n == 40:
        pass
    elif n == 41 or n == -41: return 1
    elif 42 <= n < 43 and n % 2: return 8
    elif n == 43.5: return 2
    elif n == 44: return 9
    elif n == 45 or n == -45:
        pass
    elif 46 <= n < 47 and n % 2: return 10
    elif n == 47.5: return 4
    elif n == 48: return 11
    elif n == 49 or n == -49: return 5
    elif 50 <= n < 51 and n % 2:
        pass
    elif n == 51.5: return 6
    elif n == 52: return 0
    elif n == 53 or n == -53: return 7
    elif 54 <= n < 55 and n % 2: return 1
    elif n == 55.5:
        pass
    elif n == 56: return 2
    elif n == 57 or n == -57: return 9
    elif 58 <= n < 59 and n % 2: return 3
    elif n == 59.5: return 10
    elif n == 60:
        pass
    elif n == 61 or n == -61: return 11
    elif 62 <= n < 63 and n % 2: return 5
    elif n == 63.5: return 12
    elif n == 64: return 6
    elif n == 65 or n == -65:
        pass
    elif 66 <= n < 67 and n % 2: return 7
    elif n == 67.5: return 1
    elif n == 68: return 8
    elif n == 69 or n == -69: return 2
    elif 70 <= n < 71 and n % 2:
        pass
    elif n == 71.5: return 3
    elif n == 72: return 10
    elif n == 73 or n == -73: return 4
    elif 74 <= n < 75 and n % 2: return 11
    elif n == 75.5:
        pass
    elif n == 76: return 12
    elif n == 77 or n == -77: return 6
    elif 78 <= n < 79 and n % 2: return 0
    elif n == 79.5: return 7
    elif n == 80:
        pass
    elif n == 81 or n == -81: return 8
    elif 82 <= n < 83 and n % 2: return 2
    elif n == 83.5: return 9
    elif n == 84: return 3
    elif n == 85 or n == -85:
        pass
    elif 86 <= n < 87 and n % 2: return 4
    elif n == 87.5: return 11
    elif n == 88: return 5
    elif n == 89 or n == -89: return 12
    elif 90 <= n < 91 and n % 2:
        pass
    elif n == 91.5: return 0
    elif n == 92: return 7
    elif n == 93 or n == -93: return 1
    elif 94 <= n < 95 and n % 2: return 8
    elif n == 95.5:
        pass
    elif n == 96: return 9
    elif n == 97 or n == -97: return 3
    elif 98 <= n < 99 and n % 2: return 10
    elif n == 99.5: return 4
    elif n == 100:
        pass
    elif n == 101 or n == -101: return 5
    elif 102 <= n < 103 and n % 2: return 12
    elif n == 103.5: return 6
    elif n == 104: return 0
    elif n == 105 or n == -105:
        pass
    elif 106 <= n < 107 and n % 2: return 1
    elif n == 107.5: return 8
    elif n == 108: return 2
    elif n == 109 or n == -109: return 9
    elif 110 <= n < 111 and n % 2:
        pass
    elif n == 111.5: return 10
    elif n == 112: return 4
    elif n == 113 or n == -113: return 11
    elif 114 <= n < 115 and n % 2: return 5
    elif n == 115.5:
        pass
    elif n == 116: return 6
    elif n == 117 or n == -117: return 0
    elif 118 <= n < 119 and n % 2: return 7
    elif n == 119.5: return 1
    elif n == 120:
        pass
    elif n == 121 or n == -121: return 2
    elif 122 <= n < 123 and n % 2: return 9
    elif n == 123.5: return 3
    elif n == 124: return 10
    elif n == 125 or n == -125:
        pass
    elif 126 <= n < 127 and n % 2: return 11
    elif n == 127.5: return 5
    elif n == 128: return 12
    elif n == 129 or n == -129: return 6
    elif 130 <= n < 131 and n % 2:
        pass
    elif n == 131.5: return 7
    elif n == 132: return 1
    elif n == 133 or n == -133: return 8
    elif 134 <= n < 135 and n % 2: return 2
    elif n == 135.5:
        pass
    elif n == 136: return 3
    elif n == 137 or n == -137: return 10
    elif 138 <= n < 139 and n % 2: return 4
    elif n == 139.5: return 11
    elif n == 140:
        pass
    elif n == 141 or n == -141: return 12
    elif 142 <= n < 143 and n % 2: return 6
    elif n == 143.5: return 0
    elif n == 144: return 7
    elif n == 145 or n == -145:
        pass
    elif 146 <= n < 147 and n % 2: return 8
    elif n == 147.5: return 2
    elif n == 148: return 9
    elif n == 149 or n == -149: return 3
    elif 150 <= n < 151 and n % 2:
        pass
    elif n == 151.5: return 4
    elif n == 152: return 11
    elif n == 153 or n == -153: return 5
    elif 154 <= n < 155 and n % 2: return 12
    elif n == 155.5:
        pass
    elif n == 156: return 0
    elif n == 157 or n == -157: return 7
    elif 158 <= n < 159 and n % 2: return 1
    elif n == 159.5: return 8
    elif n == 160:
        pass
    elif n == 161 or n == -161: return 9
    elif 162 <= n < 163 and n % 2: return 3
    elif n == 163.5: return 10
    elif n == 164: return 4
    elif n == 165 or n == -165:
        pass
    elif 166 <= n < 167 and n % 2: return 5
    elif n == 167.5: return 12
    elif n == 168: return 6
    elif n == 169 or n == -169: return 0
    elif 170 <= n < 171 and n % 2:
        pass
    elif n == 171.5: return 1
    elif n == 172: return 8
    elif n == 173 or n == -173: return 2
    elif 174 <= n < 175 and n % 2: return 9
    elif n == 175.5:
        pass
    elif n == 176: return 10
    elif n == 177 or n == -177: return 4
    elif 178 <= n < 179 and n % 2: return 11
    elif n == 179.5: return 5
    elif n == 180:
        pass
    elif n == 181 or n == -181: return 6
    elif 182 <= n < 183 and n % 2: return 0
    elif n == 183.5: return 7
    elif n == 184: return 1
    elif n == 185 or n == -185:
        pass
    elif 186 <= n < 187 and n % 2: return 2
    elif n == 187.5: return 9
    elif n == 188: return 3
    elif n == 189 or n == -189: return 10
    elif 190 <= n < 191 and n % 2:
        pass
    elif n == 191.5: return 11
    elif n == 192: return 5
    elif n == 193 or n == -193: return 12
    elif 194 <= n < 195 and n % 2: return 6
    elif n == 195.5:
        pass
    elif n == 196: return 7
    elif n == 197 or n == -197: return 1
    elif 198 <= n < 199 and n % 2: return 8
    elif n == 199.5: return 2
    else: return 'other'
    return 'fell'

out = [classify(n) for n in range(-5, 205)]
print(out[:60])
print(out[60:140])
print(out[140:])
print(classify(3.5), classify(-9), classify(True), classify(199.5), classify(2.0))
