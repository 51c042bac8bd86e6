// SPDX-License-Identifier: Apache-2.0
pragma solidity 0.8.30;

/// @notice The part of the Uniswap V2 pair interface the demo protocol uses.
/// @dev Written against the deployed v2-core pair (solc 0.5.16 build from npm);
///      only the functions called by LendingPool and the attacker are declared.
interface IUniswapV2Pair {
    function token0() external view returns (address);

    function token1() external view returns (address);

    function getReserves() external view returns (uint112 reserve0, uint112 reserve1, uint32 blockTimestampLast);

    function swap(uint256 amount0Out, uint256 amount1Out, address to, bytes calldata data) external;
}

/// @notice Callback a flash-swap receiver implements; the pair calls it from
///         inside swap() when `data` is non-empty.
interface IUniswapV2Callee {
    function uniswapV2Call(address sender, uint256 amount0, uint256 amount1, bytes calldata data) external;
}
