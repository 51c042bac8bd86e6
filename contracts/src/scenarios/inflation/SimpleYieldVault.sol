// SPDX-License-Identifier: Apache-2.0
pragma solidity 0.8.30;

import {ERC20} from "@openzeppelin/contracts/token/ERC20/ERC20.sol";
import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {IERC20Metadata} from "@openzeppelin/contracts/token/ERC20/extensions/IERC20Metadata.sol";
import {IERC4626} from "@openzeppelin/contracts/interfaces/IERC4626.sol";
import {SafeERC20} from "@openzeppelin/contracts/token/ERC20/utils/SafeERC20.sol";
import {Math} from "@openzeppelin/contracts/utils/math/Math.sol";
import {AccessControl} from "@openzeppelin/contracts/access/AccessControl.sol";

/// @title SimpleYieldVault
/// @notice An ERC-4626 vault: depositors get shares, keepers report strategy
///         yield into the vault, shares are redeemed for their part of the
///         assets. The admin caps total deposits.
///
/// @dev KNOWN FLAW (scenario `erc4626-share-inflation` of Warden's exploit
///      corpus): share price is plain totalAssets / totalSupply with the
///      asset balance read from the token, no virtual shares or assets, no
///      dead shares and no check that a deposit mints at least one share.
///      On an empty vault the first depositor can mint 1 share for 1 wei,
///      transfer ("donate") a large amount straight to the vault, and the
///      next deposit smaller than the donation rounds down to zero shares:
///      the first depositor's single share then redeems everything
///      (Hundred Finance and Sonne Finance, 2023, on freshly listed markets;
///      the classic ERC-4626 first-depositor attack).
contract SimpleYieldVault is ERC20, AccessControl, IERC4626 {
    using SafeERC20 for IERC20;
    using Math for uint256;

    bytes32 public constant KEEPER_ROLE = keccak256("KEEPER_ROLE");

    IERC20 private immutable _asset;
    uint256 public depositCap;

    event YieldReported(address indexed keeper, uint256 amount);
    event DepositCapUpdated(uint256 previous, uint256 current);

    error CapExceeded(uint256 assets, uint256 max);
    error ExceedsMaxWithdraw(uint256 assets, uint256 max);
    error ExceedsMaxRedeem(uint256 shares, uint256 max);

    constructor(IERC20 asset_, string memory name_, string memory symbol_, address admin, uint256 depositCap_)
        ERC20(name_, symbol_)
    {
        _asset = asset_;
        depositCap = depositCap_;
        _grantRole(DEFAULT_ADMIN_ROLE, admin);
        _grantRole(KEEPER_ROLE, admin);
    }

    function decimals() public view override(ERC20, IERC20Metadata) returns (uint8) {
        return IERC20Metadata(address(_asset)).decimals();
    }

    function asset() external view returns (address) {
        return address(_asset);
    }

    /// @dev THE FLAW, part one: whatever the vault holds, donations included.
    function totalAssets() public view returns (uint256) {
        return _asset.balanceOf(address(this));
    }

    /// @dev THE FLAW, part two: no virtual offset, rounds down to zero.
    function convertToShares(uint256 assets) public view returns (uint256) {
        uint256 supply = totalSupply();
        return supply == 0 ? assets : assets.mulDiv(supply, totalAssets(), Math.Rounding.Floor);
    }

    function convertToAssets(uint256 shares) public view returns (uint256) {
        uint256 supply = totalSupply();
        return supply == 0 ? shares : shares.mulDiv(totalAssets(), supply, Math.Rounding.Floor);
    }

    function maxDeposit(address) public view returns (uint256) {
        uint256 held = totalAssets();
        return held >= depositCap ? 0 : depositCap - held;
    }

    function maxMint(address receiver) external view returns (uint256) {
        return convertToShares(maxDeposit(receiver));
    }

    function maxWithdraw(address owner) public view returns (uint256) {
        return convertToAssets(balanceOf(owner));
    }

    function maxRedeem(address owner) public view returns (uint256) {
        return balanceOf(owner);
    }

    function previewDeposit(uint256 assets) public view returns (uint256) {
        return convertToShares(assets);
    }

    function previewMint(uint256 shares) public view returns (uint256) {
        uint256 supply = totalSupply();
        return supply == 0 ? shares : shares.mulDiv(totalAssets(), supply, Math.Rounding.Ceil);
    }

    function previewWithdraw(uint256 assets) public view returns (uint256) {
        uint256 supply = totalSupply();
        return supply == 0 ? assets : assets.mulDiv(supply, totalAssets(), Math.Rounding.Ceil);
    }

    function previewRedeem(uint256 shares) public view returns (uint256) {
        return convertToAssets(shares);
    }

    function deposit(uint256 assets, address receiver) external returns (uint256 shares) {
        uint256 max = maxDeposit(receiver);
        if (assets > max) revert CapExceeded(assets, max);
        shares = previewDeposit(assets);
        _deposit(receiver, assets, shares);
    }

    function mint(uint256 shares, address receiver) external returns (uint256 assets) {
        assets = previewMint(shares);
        uint256 max = maxDeposit(receiver);
        if (assets > max) revert CapExceeded(assets, max);
        _deposit(receiver, assets, shares);
    }

    function withdraw(uint256 assets, address receiver, address owner) external returns (uint256 shares) {
        uint256 max = maxWithdraw(owner);
        if (assets > max) revert ExceedsMaxWithdraw(assets, max);
        shares = previewWithdraw(assets);
        _withdraw(receiver, owner, assets, shares);
    }

    function redeem(uint256 shares, address receiver, address owner) external returns (uint256 assets) {
        uint256 max = maxRedeem(owner);
        if (shares > max) revert ExceedsMaxRedeem(shares, max);
        assets = previewRedeem(shares);
        _withdraw(receiver, owner, assets, shares);
    }

    /// @notice A keeper brings strategy profit back into the vault.
    function reportYield(uint256 amount) external onlyRole(KEEPER_ROLE) {
        _asset.safeTransferFrom(msg.sender, address(this), amount);
        emit YieldReported(msg.sender, amount);
    }

    function setDepositCap(uint256 newCap) external onlyRole(DEFAULT_ADMIN_ROLE) {
        emit DepositCapUpdated(depositCap, newCap);
        depositCap = newCap;
    }

    function _deposit(address receiver, uint256 assets, uint256 shares) private {
        _asset.safeTransferFrom(msg.sender, address(this), assets);
        _mint(receiver, shares);
        emit Deposit(msg.sender, receiver, assets, shares);
    }

    function _withdraw(address receiver, address owner, uint256 assets, uint256 shares) private {
        if (msg.sender != owner) _spendAllowance(owner, msg.sender, shares);
        _burn(owner, shares);
        _asset.safeTransfer(receiver, assets);
        emit Withdraw(msg.sender, receiver, owner, assets, shares);
    }
}
