<?php
/**
 * Cookie-banner. Skrivs alltid ut i markupen (sidan kan cachas); main.js döljer den
 * när besökaren redan har gjort ett val (cookien lg_cookie_consent).
 *
 * @package Ledger
 */

defined( 'ABSPATH' ) || exit;

$ledger_cookie_url = home_url( '/om-webbplatsen/kakor/' );
?>
<div class="lg-cookie" id="lg-cookie" role="region" aria-labelledby="lg-cookie-title" data-lg-cookie>
	<div class="lg-container lg-cookie__inner">
		<div class="lg-cookie__text">
			<p class="lg-cookie__title" id="lg-cookie-title"><?php esc_html_e( 'Vi använder kakor (cookies)', 'ledger' ); ?></p>
			<p class="lg-cookie__body">
				<?php esc_html_e( 'Nödvändiga kakor behövs för att webbplatsen ska fungera. Med ditt samtycke använder vi även kakor för statistik, så att vi kan förbättra webbplatsen. Du kan när som helst ändra ditt val längst ned på sidan.', 'ledger' ); ?>
				<a href="<?php echo esc_url( $ledger_cookie_url ); ?>"><?php esc_html_e( 'Läs mer om kakor', 'ledger' ); ?></a>
			</p>
		</div>
		<div class="lg-cookie__actions">
			<button type="button" class="lg-button lg-button--primary" data-lg-cookie-choice="all"><?php esc_html_e( 'Godkänn alla kakor', 'ledger' ); ?></button>
			<button type="button" class="lg-button lg-button--secondary" data-lg-cookie-choice="necessary"><?php esc_html_e( 'Endast nödvändiga', 'ledger' ); ?></button>
		</div>
	</div>
</div>
