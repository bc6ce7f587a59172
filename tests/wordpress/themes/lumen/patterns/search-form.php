<?php
/**
 * Title: Sökformulär
 * Slug: lumen/search-form
 * Categories: lumen
 * Block Types: core/search
 *
 * A search field with a Swedish label and button.
 *
 * @package Lumen
 * @since 1.0.0
 */

?>
<!-- wp:search {"label":"<?php echo esc_html_x( 'Sök', 'search form label', 'lumen' ); ?>","showLabel":false,"placeholder":"<?php echo esc_html_x( 'Sök på bloggen …', 'search form placeholder', 'lumen' ); ?>","buttonText":"<?php echo esc_html_x( 'Sök', 'search button text', 'lumen' ); ?>"} /-->
