<?php
/**
 * NewsLetter
 */

defined( 'ABSPATH' ) || exit; // Exit if accessed directly

?>

<div class="container-wrapper" id="post-newsletter">
	<div class="subscribe-widget">
		<div class="widget-inner-wrap">

			<span class="tie-icon-envelope newsletter-icon" aria-hidden="true"></span>

			<div class="subscribe-widget-content">
				<h3>Prenumerera på VD-bloggen</h3>
				<p>Få nya inlägg om bostadsbyggande, hyresmarknaden och livet i våra områden direkt i din inkorg. Vi skickar max ett mejl i månaden.</p>
			</div>

			<div id="mc_embed_signup">
				<form action="https://bostadsbolaget.us1.list-manage.com/subscribe/post?u=3f2a9c&amp;id=7b1d2e" method="post" id="mc-embedded-subscribe-form" name="mc-embedded-subscribe-form" class="subscribe-form validate" target="_blank" novalidate>
					<div id="mc_embed_signup_scroll">
						<div class="mc-field-group">
							<label class="screen-reader-text" for="mce-EMAIL">Ange din e-postadress</label>
							<input type="email" value="" id="mce-EMAIL" placeholder="Ange din e-postadress" name="EMAIL" class="subscribe-input required email">
						</div>
						<div id="mce-responses" class="clear">
							<div class="response" id="mce-error-response" style="display:none"></div>
							<div class="response" id="mce-success-response" style="display:none"></div>
						</div>
						<input type="submit" value="Prenumerera" name="subscribe" id="mc-embedded-subscribe" class="button subscribe-submit">
					</div>
				</form>
			</div>

		</div><!-- .widget-inner-wrap /-->
	</div><!-- .subscribe-widget /-->
</div><!-- #post-newsletter /-->
