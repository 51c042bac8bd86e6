// SPDX-License-Identifier: Apache-2.0
pragma solidity 0.8.30;

import {ERC20} from "@openzeppelin/contracts/token/ERC20/ERC20.sol";
import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {SafeERC20} from "@openzeppelin/contracts/token/ERC20/utils/SafeERC20.sol";
import {Ownable} from "@openzeppelin/contracts/access/Ownable.sol";
import {Initializable} from "@openzeppelin/contracts/proxy/utils/Initializable.sol";
import {UUPSUpgradeable} from "@openzeppelin/contracts/proxy/utils/UUPSUpgradeable.sol";
import {ERC1967Proxy} from "@openzeppelin/contracts/proxy/ERC1967/ERC1967Proxy.sol";

/// @title ProxyVaultUSD
/// @notice The stablecoin the upgradeable vault holds ("Proxy Vault USD", pvUSD).
contract ProxyVaultUSD is ERC20, Ownable {
    constructor(address initialOwner) ERC20("Proxy Vault USD", "pvUSD") Ownable(initialOwner) {}

    function mint(address to, uint256 amount) external onlyOwner {
        _mint(to, amount);
    }
}

/// @title ProxyVaultV1
/// @notice A custody vault behind a UUPS (ERC-1967) proxy: users deposit pvUSD
///         and withdraw it later; the owner sets the deposit cap and upgrades.
/// @dev VULNERABILITY (deliberate, corpus scenario "proxy-upgrade-hijack"):
///      `_authorizeUpgrade` validates the NEW implementation (a contract that
///      reports a higher version) but never checks who asks for the upgrade,
///      so anyone can point the proxy at their own code and call it in the
///      same transaction. The implementation itself is locked correctly.
contract ProxyVaultV1 is Initializable, UUPSUpgradeable {
    using SafeERC20 for IERC20;

    IERC20 public asset;
    address public owner;
    uint256 public depositCap;
    uint256 public totalDeposits;
    mapping(address account => uint256) public balanceOf;

    event Deposit(address indexed account, uint256 amount);
    event Withdraw(address indexed account, uint256 amount);
    event OwnershipTransferred(address indexed previousOwner, address indexed newOwner);
    event DepositCapChanged(uint256 previousCap, uint256 newCap);

    error NotOwner(address caller);
    error ZeroAmount();
    error CapExceeded(uint256 totalAfter, uint256 cap);
    error InsufficientBalance(address account, uint256 balance, uint256 amount);
    error NotAnUpgrade(address implementation);

    modifier onlyOwner() {
        if (msg.sender != owner) revert NotOwner(msg.sender);
        _;
    }

    /// @custom:oz-upgrades-unsafe-allow constructor
    constructor() {
        _disableInitializers();
    }

    function initialize(IERC20 asset_, address owner_, uint256 cap) external initializer {
        asset = asset_;
        owner = owner_;
        depositCap = cap;
        emit OwnershipTransferred(address(0), owner_);
        emit DepositCapChanged(0, cap);
    }

    /// @notice Implementation version; upgrades must increase it.
    function version() public pure virtual returns (uint256) {
        return 1;
    }

    function deposit(uint256 amount) external {
        _deposit(msg.sender, msg.sender, amount);
    }

    function withdraw(uint256 amount) external {
        if (amount == 0) revert ZeroAmount();
        uint256 bal = balanceOf[msg.sender];
        if (bal < amount) revert InsufficientBalance(msg.sender, bal, amount);
        balanceOf[msg.sender] = bal - amount;
        totalDeposits -= amount;
        asset.safeTransfer(msg.sender, amount);
        emit Withdraw(msg.sender, amount);
    }

    function setDepositCap(uint256 cap) external onlyOwner {
        emit DepositCapChanged(depositCap, cap);
        depositCap = cap;
    }

    function transferOwnership(address newOwner) external onlyOwner {
        emit OwnershipTransferred(owner, newOwner);
        owner = newOwner;
    }

    function _deposit(address payer, address account, uint256 amount) internal {
        if (amount == 0) revert ZeroAmount();
        uint256 total = totalDeposits + amount;
        if (total > depositCap) revert CapExceeded(total, depositCap);
        totalDeposits = total;
        balanceOf[account] += amount;
        asset.safeTransferFrom(payer, address(this), amount);
        emit Deposit(account, amount);
    }

    /// @dev Upgrades must move forward: the new implementation has to be a
    ///      contract reporting a higher version. (Missing: `onlyOwner`.)
    function _authorizeUpgrade(address newImplementation) internal view override {
        if (newImplementation.code.length == 0) revert NotAnUpgrade(newImplementation);
        if (ProxyVaultV1(newImplementation).version() <= version()) revert NotAnUpgrade(newImplementation);
    }
}

/// @title ProxyVaultV2
/// @notice The team's legitimate upgrade: adds deposits on behalf of another
///         account (for the protocol's zap contracts). It inherits V1's
///         upgrade check unchanged, so the flaw survives the upgrade.
contract ProxyVaultV2 is ProxyVaultV1 {
    function version() public pure override returns (uint256) {
        return 2;
    }

    function depositFor(address account, uint256 amount) external {
        _deposit(msg.sender, account, amount);
    }
}

/// @title ProxyVaultProxy
/// @notice The ERC-1967 proxy users interact with.
contract ProxyVaultProxy is ERC1967Proxy {
    constructor(address implementation, bytes memory data) ERC1967Proxy(implementation, data) {}
}
