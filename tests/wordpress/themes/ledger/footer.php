<?php
/**
 * Sidfot: adresser, telefonnummer, öppettider, sociala medier och juridiska länkar.
 *
 * @package Ledger
 */

defined( 'ABSPATH' ) || exit;

$ledger_company = ledger_option( 'ledger_company_name' );
$ledger_social  = array(
	'facebook'  => 'Facebook',
	'instagram' => 'Instagram',
	'linkedin'  => 'LinkedIn',
	'youtube'   => 'YouTube',
);
?>
</main><!-- #lg-main -->

<footer class="lg-footer" id="lg-footer">
	<div class="lg-container lg-footer__grid">
		<div class="lg-footer__col lg-footer__col--brand">
			<p class="lg-footer__logo">
				<span class="lg-logo__mark" aria-hidden="true"><?php echo ledger_icon( 'house' ); // phpcs:ignore WordPress.Security.EscapeOutput ?></span>
				<span><?php echo esc_html( $ledger_company ); ?></span>
			</p>
			<p class="lg-footer__tagline"><?php echo esc_html( ledger_option( 'ledger_company_tagline' ) ); ?></p>

			<h2 class="lg-footer__heading"><?php esc_html_e( 'Följ oss', 'ledger' ); ?></h2>
			<ul class="lg-social">
				<?php foreach ( $ledger_social as $ledger_key => $ledger_label ) : ?>
					<?php
					$ledger_url = ledger_option( 'ledger_' . $ledger_key );
					if ( ! $ledger_url ) {
						continue;
					}
					?>
					<li class="lg-social__item">
						<a class="lg-social__link" href="<?php echo esc_url( $ledger_url ); ?>" rel="noopener">
							<?php echo ledger_icon( $ledger_key ); // phpcs:ignore WordPress.Security.EscapeOutput ?>
							<span class="screen-reader-text">
								<?php
								/* translators: 1: socialt nätverk, 2: bolagets namn. */
								echo esc_html( sprintf( __( '%1$s – %2$s', 'ledger' ), $ledger_label, $ledger_company ) );
								?>
							</span>
						</a>
					</li>
				<?php endforeach; ?>
			</ul>
		</div>

		<div class="lg-footer__col">
			<h2 class="lg-footer__heading"><?php esc_html_e( 'Besöksadress', 'ledger' ); ?></h2>
			<address class="lg-footer__address">
				<?php echo ledger_icon( 'pin' ); // phpcs:ignore WordPress.Security.EscapeOutput ?>
				<span><?php echo ledger_multiline( ledger_option( 'ledger_visit_address' ) ); // phpcs:ignore WordPress.Security.EscapeOutput ?></span>
			</address>

			<h2 class="lg-footer__heading"><?php esc_html_e( 'Postadress', 'ledger' ); ?></h2>
			<address class="lg-footer__address">
				<?php echo ledger_icon( 'mail' ); // phpcs:ignore WordPress.Security.EscapeOutput ?>
				<span><?php echo ledger_multiline( $ledger_company . "\n" . ledger_option( 'ledger_postal_address' ) ); // phpcs:ignore WordPress.Security.EscapeOutput ?></span>
			</address>
		</div>

		<div class="lg-footer__col">
			<h2 class="lg-footer__heading"><?php esc_html_e( 'Kundtjänst', 'ledger' ); ?></h2>
			<ul class="lg-footer__list">
				<li>
					<?php echo ledger_icon( 'phone' ); // phpcs:ignore WordPress.Security.EscapeOutput ?>
					<span><?php esc_html_e( 'Telefon:', 'ledger' ); ?> <a href="<?php echo esc_url( ledger_phone_href( ledger_option( 'ledger_phone' ) ) ); ?>"><?php echo esc_html( ledger_option( 'ledger_phone' ) ); ?></a></span>
				</li>
				<li>
					<?php echo ledger_icon( 'mail' ); // phpcs:ignore WordPress.Security.EscapeOutput ?>
					<span><?php esc_html_e( 'E-post:', 'ledger' ); ?> <a href="<?php echo esc_url( 'mailto:' . ledger_option( 'ledger_email' ) ); ?>"><?php echo esc_html( ledger_option( 'ledger_email' ) ); ?></a></span>
				</li>
				<li>
					<?php echo ledger_icon( 'alert' ); // phpcs:ignore WordPress.Security.EscapeOutput ?>
					<span><?php esc_html_e( 'Akut felanmälan efter kontorstid (jour):', 'ledger' ); ?> <a href="<?php echo esc_url( ledger_phone_href( ledger_option( 'ledger_phone_emergency' ) ) ); ?>"><?php echo esc_html( ledger_option( 'ledger_phone_emergency' ) ); ?></a></span>
				</li>
			</ul>
		</div>

		<div class="lg-footer__col">
			<h2 class="lg-footer__heading"><?php esc_html_e( 'Öppettider', 'ledger' ); ?></h2>
			<p class="lg-footer__hours">
				<?php echo ledger_icon( 'clock' ); // phpcs:ignore WordPress.Security.EscapeOutput ?>
				<span><?php echo ledger_multiline( ledger_option( 'ledger_hours' ) ); // phpcs:ignore WordPress.Security.EscapeOutput ?></span>
			</p>
			<p class="lg-footer__note"><?php esc_html_e( 'Avvikande öppettider kring helger meddelas i informationsfältet högst upp på sidan.', 'ledger' ); ?></p>
		</div>

		<?php if ( is_active_sidebar( 'footer-extra' ) ) : ?>
			<div class="lg-footer__col lg-footer__col--widgets">
				<?php dynamic_sidebar( 'footer-extra' ); ?>
			</div>
		<?php endif; ?>
	</div>

	<div class="lg-footer__bottom">
		<div class="lg-container lg-footer__bottom-inner">
			<p class="lg-footer__copyright">
				&copy; <?php echo esc_html( wp_date( 'Y' ) ); ?> <?php echo esc_html( $ledger_company ); ?>
				<?php if ( ledger_option( 'ledger_org_number' ) ) : ?>
					<span class="lg-footer__orgnr">
						<?php
						/* translators: %s: organisationsnummer. */
						echo esc_html( sprintf( __( 'Org.nr %s', 'ledger' ), ledger_option( 'ledger_org_number' ) ) );
						?>
					</span>
				<?php endif; ?>
			</p>

			<nav class="lg-footer__legal" aria-label="<?php esc_attr_e( 'Om webbplatsen', 'ledger' ); ?>">
				<?php if ( has_nav_menu( 'footer' ) ) : ?>
					<?php
					wp_nav_menu(
						array(
							'theme_location' => 'footer',
							'container'      => false,
							'menu_class'     => 'lg-footer__legal-list',
							'depth'          => 1,
						)
					);
					?>
				<?php else : ?>
					<ul class="lg-footer__legal-list">
						<li><a href="<?php echo esc_url( home_url( '/om-webbplatsen/tillganglighetsredogorelse/' ) ); ?>"><?php esc_html_e( 'Tillgänglighetsredogörelse', 'ledger' ); ?></a></li>
						<li><a href="<?php echo esc_url( get_privacy_policy_url() ? get_privacy_policy_url() : home_url( '/om-oss/personuppgifter/' ) ); ?>"><?php esc_html_e( 'Personuppgifter (GDPR)', 'ledger' ); ?></a></li>
						<li><a href="<?php echo esc_url( home_url( '/om-webbplatsen/kakor/' ) ); ?>"><?php esc_html_e( 'Kakor', 'ledger' ); ?></a></li>
						<li><a href="<?php echo esc_url( home_url( '/om-webbplatsen/' ) ); ?>"><?php esc_html_e( 'Om webbplatsen', 'ledger' ); ?></a></li>
					</ul>
				<?php endif; ?>
				<button type="button" class="lg-footer__cookie-settings" data-lg-cookie-open><?php esc_html_e( 'Cookieinställningar', 'ledger' ); ?></button>
			</nav>
		</div>
	</div>
</footer>

<?php wp_footer(); ?>
</body>
</html>
