<?php
/**
 * Sidfot.
 *
 * @package Kommun
 */
?>
</div><!-- .sidbredd -->

<footer class="sidfot rs_skip" role="contentinfo">
	<div class="sidfot__inre">
		<div class="sidfot__kolumner">
			<?php for ( $i = 1; $i <= 3; $i++ ) : ?>
				<div class="sidfot__kolumn">
					<?php
					if ( is_active_sidebar( 'sidfot-' . $i ) ) {
						dynamic_sidebar( 'sidfot-' . $i );
					} elseif ( 1 === $i ) {
						?>
						<h2 class="sidfot-rubrik">Kontakta oss</h2>
						<p><?php bloginfo( 'name' ); ?><br>Telefon: 010-000 00 00<br>E-post: <a href="mailto:info@example.se">info@example.se</a></p>
						<?php
					}
					?>
				</div>
			<?php endfor; ?>
		</div>

		<nav class="sidfot__meny" aria-label="Sidfotsmeny">
			<?php
			if ( has_nav_menu( 'sidfot' ) ) {
				wp_nav_menu( array(
					'theme_location' => 'sidfot',
					'container'      => false,
					'menu_class'     => 'sidfot__lankar',
					'depth'          => 1,
				) );
			} else {
				?>
				<ul class="sidfot__lankar">
					<li><a href="<?php echo esc_url( home_url( '/tillganglighetsredogorelse/' ) ); ?>">Tillgänglighetsredogörelse</a></li>
					<li><a href="<?php echo esc_url( home_url( '/om-kakor/' ) ); ?>">Om kakor</a></li>
					<li><a href="<?php echo esc_url( home_url( '/personuppgifter/' ) ); ?>">Så behandlar vi dina personuppgifter</a></li>
				</ul>
				<?php
			}
			?>
		</nav>

		<p class="sidfot__copyright">&copy; <?php echo esc_html( gmdate( 'Y' ) ); ?> <?php bloginfo( 'name' ); ?></p>
	</div>
</footer>

<div class="kakbanner rs_skip" id="kakbanner" role="region" aria-label="Information om kakor" hidden>
	<p>Vi använder kakor (cookies) för att webbplatsen ska fungera på ett bra sätt för dig. <a href="<?php echo esc_url( home_url( '/om-kakor/' ) ); ?>">Läs mer om kakor</a>.</p>
	<button type="button" class="kakbanner__knapp" data-kakor="ok">Jag förstår</button>
</div>

<?php wp_footer(); ?>
</body>
</html>
