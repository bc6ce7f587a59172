<?php
/**
 * Newspaper loop.php: td_module_2 i två kolumner (td-block-row > td-block-span6),
 * sedan the_posts_pagination() i page-nav.
 *
 * Modul väljs via $GLOBALS["tidig_loop_module"] (standard td_module_1).
 */
$tidig_loop_module = isset( $GLOBALS['tidig_loop_module'] ) ? $GLOBALS['tidig_loop_module'] : 'td_module_1';
$tidig_columns     = in_array( $tidig_loop_module, array( 'td_module_1', 'td_module_2' ), true ) ? 2 : 1;
$tidig_col         = 0;

if ( have_posts() ) {
	while ( have_posts() ) {
		the_post();
		if ( 0 === $tidig_col ) {
			echo "\n" . '<div class="td-block-row">' . "\n";
		}
		if ( 2 === $tidig_columns ) {
			echo "\n\t" . '<div class="td-block-span6">' . "\n";
		}
		echo tidig_module( $tidig_loop_module, get_post() ); // phpcs:ignore
		if ( 2 === $tidig_columns ) {
			echo "\n\t" . '</div> <!-- ./td-block-span6 -->';
		}
		$tidig_col++;
		if ( $tidig_col >= $tidig_columns ) {
			echo '</div><!--./row-fluid-->';
			$tidig_col = 0;
		}
	}
	if ( 0 !== $tidig_col ) {
		echo '</div><!--./row-fluid-->';
	}
} else {
	echo '<div class="no-results td-pb-padding-side"><h2>Inga inlägg att visa</h2></div>';
}
