<?php
/**
 * Språkväxlare i toppfältet.
 *
 * @package Ledger
 */

defined( 'ABSPATH' ) || exit;

$ledger_languages = ledger_languages();
if ( empty( $ledger_languages ) ) {
	return;
}

$ledger_current = $ledger_languages[0];
foreach ( $ledger_languages as $ledger_lang ) {
	if ( ! empty( $ledger_lang['current'] ) ) {
		$ledger_current = $ledger_lang;
		break;
	}
}
?>
<div class="lg-lang" data-lg-dropdown>
	<button type="button" class="lg-lang__toggle" aria-expanded="false" aria-controls="lg-lang-list">
		<?php echo ledger_icon( 'globe' ); // phpcs:ignore WordPress.Security.EscapeOutput ?>
		<span class="screen-reader-text"><?php esc_html_e( 'Välj språk. Nuvarande språk:', 'ledger' ); ?></span>
		<span class="lg-lang__current"><?php echo esc_html( $ledger_current['label'] ); ?></span>
		<?php echo ledger_icon( 'chevron' ); // phpcs:ignore WordPress.Security.EscapeOutput ?>
	</button>
	<ul class="lg-lang__list" id="lg-lang-list">
		<?php foreach ( $ledger_languages as $ledger_lang ) : ?>
			<li class="lg-lang__item">
				<a class="lg-lang__link" href="<?php echo esc_url( $ledger_lang['url'] ); ?>" lang="<?php echo esc_attr( $ledger_lang['code'] ); ?>" hreflang="<?php echo esc_attr( $ledger_lang['code'] ); ?>"<?php echo ! empty( $ledger_lang['current'] ) ? ' aria-current="true"' : ''; ?>>
					<?php echo esc_html( $ledger_lang['label'] ); ?>
				</a>
			</li>
		<?php endforeach; ?>
	</ul>
</div>
