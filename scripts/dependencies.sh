# Sourced by run.sh and test.sh: installs, with apt, whatever a fresh Debian 12 or Ubuntu machine
# lacks to build, run and test Mutualise. Installs nothing when everything is already there.

mutualise_packages=(
    g++ cmake ninja-build ccache pkg-config
    qt6-base-dev qt6-base-dev-tools libqt6sql6-sqlite libsqlite3-dev libqt6opengl6-dev
    qt6-charts-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
    libgl-dev libvulkan-dev libxkbcommon-dev
    qt6-qpa-plugins libqt6svg6 libqt6svg6-dev qt6-translations-l10n
    fonts-dejavu-core
    libxlsxwriter-dev zlib1g-dev
)

# Only the test command needs these: they read exported files back independently of the program
# (python3-jsonschema checks the 360Giving data against the standard's schema).
mutualise_test_packages=(python3 python3-openpyxl python3-jsonschema poppler-utils)

install_missing_packages() {
    local missing=()
    local package
    for package in "$@"; do
        if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q 'install ok installed'; then
            missing+=("$package")
        fi
    done
    if [ ${#missing[@]} -eq 0 ]; then
        return 0
    fi
    echo "Installing: ${missing[*]}"
    local sudo=""
    if [ "$(id -u)" -ne 0 ]; then
        sudo="sudo"
    fi
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
}
