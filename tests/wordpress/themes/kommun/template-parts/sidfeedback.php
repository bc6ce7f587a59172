<?php
/**
 * "Var sidan till hjälp?"
 *
 * @package Kommun
 */

$post_id = get_the_ID();
?>
<div id="sidfeedback" class="sidfeedback rs_skip">
	<?php if ( isset( $_GET['tack'] ) ) : // phpcs:ignore WordPress.Security.NonceVerification ?>
		<p class="sidfeedback__tack" role="status">Tack för din återkoppling!</p>
	<?php else : ?>
		<form class="sidfeedback__formular" action="<?php echo esc_url( admin_url( 'admin-post.php' ) ); ?>" method="post">
			<fieldset>
				<legend class="sidfeedback__rubrik">Var sidan till hjälp?</legend>
				<input type="hidden" name="action" value="kommun_sidfeedback">
				<input type="hidden" name="sida" value="<?php echo (int) $post_id; ?>">
				<?php wp_nonce_field( 'kommun_sidfeedback_' . $post_id, '_kommun_nonce', false ); ?>
				<button type="submit" name="hjalp" value="ja" class="knapp knapp--ja">Ja</button>
				<button type="submit" name="hjalp" value="nej" class="knapp knapp--nej">Nej</button>
			</fieldset>
			<div class="sidfeedback__mer" hidden>
				<label for="sidfeedback-kommentar">Vad kan vi göra bättre? (frivilligt)</label>
				<textarea id="sidfeedback-kommentar" name="kommentar" rows="3" maxlength="500"></textarea>
				<p class="sidfeedback__info">Vi kan inte svara på frågor här. Skriv inte personuppgifter. Har du en fråga? <a href="<?php echo esc_url( home_url( '/kontakt/' ) ); ?>">Kontakta oss</a>.</p>
			</div>
		</form>
	<?php endif; ?>
</div>
