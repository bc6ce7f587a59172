<?php
/**
 * Sökformulär. Används både i sidhuvudet (lg_context = header) och på söksidan/404.
 *
 * @package Ledger
 */

defined( 'ABSPATH' ) || exit;

$ledger_context = ( isset( $args['lg_context'] ) && 'header' === $args['lg_context'] ) ? 'header' : 'page';
$ledger_id      = wp_unique_id( 'lg-search-' );
$ledger_label   = ! empty( $args['aria_label'] ) ? $args['aria_label'] : __( 'Sök på webbplatsen', 'ledger' );
?>
<form role="search" method="get" class="lg-search lg-search--<?php echo esc_attr( $ledger_context ); ?>" action="<?php echo esc_url( home_url( '/' ) ); ?>" aria-label="<?php echo esc_attr( $ledger_label ); ?>">
	<label class="lg-search__label<?php echo 'header' === $ledger_context ? ' screen-reader-text' : ''; ?>" for="<?php echo esc_attr( $ledger_id ); ?>"><?php esc_html_e( 'Vad letar du efter?', 'ledger' ); ?></label>
	<div class="lg-search__field">
		<input type="search" id="<?php echo esc_attr( $ledger_id ); ?>" class="lg-search__input" name="s" value="<?php echo esc_attr( get_search_query() ); ?>" placeholder="<?php esc_attr_e( 'Sök t.ex. felanmälan, hyra, lediga lägenheter', 'ledger' ); ?>" autocomplete="off" />
		<button type="submit" class="lg-search__submit">
			<?php echo ledger_icon( 'search' ); // phpcs:ignore WordPress.Security.EscapeOutput ?>
			<span class="<?php echo 'header' === $ledger_context ? 'screen-reader-text' : 'lg-search__submit-text'; ?>"><?php esc_html_e( 'Sök', 'ledger' ); ?></span>
		</button>
	</div>
</form>
